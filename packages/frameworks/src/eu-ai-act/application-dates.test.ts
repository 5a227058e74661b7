// Checks the application dates (as amended by Regulation (EU) 2026/1744) and the obligation-to-date rule.
import assert from "node:assert/strict";
import { test } from "node:test";
import { EU_AI_ACT_APPLICATION_DATES, euAiActApplicationDate, obligationApplicationDate, obligationApplicationDateKey } from "./application-dates";
import { EU_AI_ACT_OBLIGATIONS } from "./obligations";

const isIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

test("every date is a real ISO date, keys are unique, and the list is in date order", () => {
  for (const d of EU_AI_ACT_APPLICATION_DATES) assert.ok(isIsoDate(d.date), `${d.key}: ${d.date}`);
  const keys = EU_AI_ACT_APPLICATION_DATES.map((d) => d.key);
  assert.equal(new Set(keys).size, keys.length);
  const dates = EU_AI_ACT_APPLICATION_DATES.map((d) => d.date);
  assert.deepEqual(dates, [...dates].sort());
  assert.ok(!isIsoDate("2027-02-30"), "the check itself rejects impossible dates");
});

test("the dates as amended, each with its source", () => {
  const expected: Record<string, [string, "ORIGINAL" | "DIGITAL_OMNIBUS"]> = {
    "entry-into-force": ["2024-08-01", "ORIGINAL"],
    prohibitions: ["2025-02-02", "ORIGINAL"],
    gpai: ["2025-08-02", "ORIGINAL"],
    "omnibus-in-force": ["2026-07-27", "DIGITAL_OMNIBUS"],
    transparency: ["2026-08-02", "ORIGINAL"],
    "new-prohibitions": ["2026-12-02", "DIGITAL_OMNIBUS"],
    "art-50-2-transition": ["2026-12-02", "DIGITAL_OMNIBUS"],
    "gpai-legacy": ["2027-08-02", "ORIGINAL"],
    "national-sandboxes": ["2027-08-02", "DIGITAL_OMNIBUS"],
    "high-risk-annex-iii": ["2027-12-02", "DIGITAL_OMNIBUS"],
    "high-risk-annex-i": ["2028-08-02", "DIGITAL_OMNIBUS"],
    "large-scale-it-systems": ["2030-12-31", "ORIGINAL"],
  };
  assert.deepEqual(Object.fromEntries(EU_AI_ACT_APPLICATION_DATES.map((d) => [d.key, [d.date, d.source]])), expected);
  assert.equal(euAiActApplicationDate("high-risk-annex-iii").ref, "Art. 113, as amended");
});

test("high-risk obligations apply by route: Annex III from 2 Dec 2027, Annex I from 2 Aug 2028", () => {
  for (const o of EU_AI_ACT_OBLIGATIONS.filter((x) => x.trigger === "HIGH_RISK")) {
    assert.equal(obligationApplicationDate(o.id, { highRiskRoute: "ANNEX_III" }), "2027-12-02", o.id);
    assert.equal(obligationApplicationDate(o.id, { highRiskRoute: "ANNEX_I" }), "2028-08-02", o.id);
    assert.throws(() => obligationApplicationDate(o.id, { highRiskRoute: null }), RangeError, o.id);
  }
});

test("other obligations ignore the route", () => {
  for (const route of ["ANNEX_I", "ANNEX_III", null] as const) {
    assert.equal(obligationApplicationDate("art-4", { highRiskRoute: route }), "2025-02-02");
    assert.equal(obligationApplicationDate("art-5", { highRiskRoute: route }), "2025-02-02");
    assert.equal(obligationApplicationDate("art-50", { highRiskRoute: route }), "2026-08-02");
    assert.equal(obligationApplicationDate("art-53", { highRiskRoute: route }), "2025-08-02");
    assert.equal(obligationApplicationDate("art-55", { highRiskRoute: route }), "2025-08-02");
  }
  assert.equal(obligationApplicationDateKey("art-50", { highRiskRoute: null }), "transparency");
});

test("every obligation has a date for an Annex III system, and unknown ids throw", () => {
  for (const o of EU_AI_ACT_OBLIGATIONS) assert.ok(isIsoDate(obligationApplicationDate(o.id, { highRiskRoute: "ANNEX_III" })), o.id);
  assert.throws(() => obligationApplicationDate("art-999", { highRiskRoute: null }), RangeError);
});
