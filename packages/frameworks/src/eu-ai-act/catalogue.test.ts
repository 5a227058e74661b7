import assert from "node:assert/strict";
import { test } from "node:test";
import {
  annexIIIArea,
  annexIIIPoint,
  annexIIIPointLetters,
  EU_AI_ACT_ANNEX_III,
  EU_AI_ACT_CATALOGUE_VERSION,
  EU_AI_ACT_GPAI_STATUSES,
  EU_AI_ACT_HIGH_RISK_ROUTES,
  EU_AI_ACT_OPERATOR_ROLES,
  EU_AI_ACT_RISK_TIERS,
  EU_AI_ACT_TRANSPARENCY_DUTIES,
} from "./index";

const unique = (ids: readonly (string | number)[]) => new Set(ids).size === ids.length;

test("Annex III has 8 areas numbered 1–8 and 25 points", () => {
  assert.deepEqual(
    EU_AI_ACT_ANNEX_III.map((a) => a.area),
    [1, 2, 3, 4, 5, 6, 7, 8],
  );
  assert.deepEqual(
    EU_AI_ACT_ANNEX_III.map((a) => a.points.length),
    [3, 1, 4, 2, 4, 5, 4, 2],
  );
  assert.equal(EU_AI_ACT_ANNEX_III.flatMap((a) => a.points).length, 25);
});

test("Annex III point ids are unique, well formed and belong to their area", () => {
  const points = EU_AI_ACT_ANNEX_III.flatMap((a) => a.points);
  assert.ok(unique(points.map((p) => p.id)));
  for (const a of EU_AI_ACT_ANNEX_III) {
    for (const p of a.points) {
      assert.equal(p.area, a.area);
      assert.equal(p.id, p.letter ? `${a.area}(${p.letter})` : String(a.area));
      assert.match(p.id, /^[1-8](\([a-e]\))?$/);
      assert.ok(p.summary.length > 0 && p.summary.length <= 140, `${p.id}: short wording`);
    }
    const letters = a.points.flatMap((p) => (p.letter ? [p.letter] : []));
    assert.deepEqual(letters, [..."abcde"].slice(0, letters.length), `area ${a.area}: letters in order from a`);
  }
});

test("only area 2 has no lettered points; lookups find areas and points", () => {
  assert.deepEqual(
    EU_AI_ACT_ANNEX_III.filter((a) => annexIIIPointLetters(a.area).length === 0).map((a) => a.area),
    [2],
  );
  assert.deepEqual(annexIIIPointLetters(6), ["a", "b", "c", "d", "e"]);
  assert.deepEqual(annexIIIPointLetters(9), []);
  assert.equal(annexIIIArea(4)?.title, "Employment and workers management");
  assert.equal(annexIIIArea(0), undefined);
  assert.equal(annexIIIPoint("5(b)")?.area, 5);
  assert.equal(annexIIIPoint("2")?.letter, null);
  assert.equal(annexIIIPoint("2(a)"), undefined);
});

test("every list has unique ids and short wording", () => {
  const lists = {
    roles: EU_AI_ACT_OPERATOR_ROLES,
    tiers: EU_AI_ACT_RISK_TIERS,
    routes: EU_AI_ACT_HIGH_RISK_ROUTES,
    gpai: EU_AI_ACT_GPAI_STATUSES,
    duties: EU_AI_ACT_TRANSPARENCY_DUTIES,
  };
  for (const [name, list] of Object.entries(lists)) {
    assert.ok(list.length > 0, name);
    assert.ok(unique(list.map((e) => e.id)), `${name}: unique ids`);
    assert.ok(unique(list.map((e) => e.label)), `${name}: unique labels`);
    for (const e of list) {
      assert.match(e.ref, /^Arts?\. \d/, `${name} ${e.id}: cites an article`);
      assert.ok(e.summary.length <= 160, `${name} ${e.id}: short wording`);
    }
  }
});

test("the counts the registry relies on", () => {
  assert.equal(EU_AI_ACT_OPERATOR_ROLES.length, 6);
  assert.equal(EU_AI_ACT_RISK_TIERS.length, 4);
  assert.equal(EU_AI_ACT_HIGH_RISK_ROUTES.length, 2);
  assert.equal(EU_AI_ACT_GPAI_STATUSES.length, 2);
  assert.deepEqual(
    EU_AI_ACT_TRANSPARENCY_DUTIES.map((d) => d.id),
    ["50(1)", "50(2)", "50(3)", "50(4)-deepfake", "50(4)-text"],
  );
  assert.match(EU_AI_ACT_CATALOGUE_VERSION, /^\d{4}\.\d+$/);
});
