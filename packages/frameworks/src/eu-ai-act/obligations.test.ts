// Checks the obligation list against the articles the registry tracks, and its roles against the role list.
import assert from "node:assert/strict";
import { test } from "node:test";
import { EU_AI_ACT_OBLIGATIONS, euAiActObligation } from "./obligations";
import { EU_AI_ACT_OPERATOR_ROLES } from "./operator-roles";

const TRACKED = [
  "art-4",
  "art-5",
  "art-9",
  "art-10",
  "art-11",
  "art-12",
  "art-13",
  "art-14",
  "art-15",
  "art-17",
  "art-26",
  "art-27",
  "art-49",
  "art-72",
  "art-73",
  "art-50",
  "art-53",
  "art-55",
];

test("the obligations are exactly the tracked articles, each once", () => {
  assert.deepEqual(
    EU_AI_ACT_OBLIGATIONS.map((o) => o.id),
    TRACKED,
  );
});

test("each id matches its reference and the wording is short", () => {
  for (const o of EU_AI_ACT_OBLIGATIONS) {
    assert.equal(o.id, `art-${o.reference.replace(/^Art\. /, "")}`, o.id);
    assert.match(o.reference, /^Art\. \d+$/);
    assert.ok(o.title.length > 0 && o.title.length <= 60, `${o.id}: short title`);
    assert.ok(o.summary.length > 0 && o.summary.length <= 160, `${o.id}: short summary`);
    assert.ok(o.condition === null || o.condition.length > 0, `${o.id}: condition is null or says something`);
  }
});

test("every role is a known operator role, and every obligation has one", () => {
  const known = new Set<string>(EU_AI_ACT_OPERATOR_ROLES.map((r) => r.id));
  for (const o of EU_AI_ACT_OBLIGATIONS) {
    assert.ok(o.roles.length > 0, `${o.id}: has a holder`);
    assert.equal(new Set(o.roles).size, o.roles.length, `${o.id}: no repeated role`);
    for (const role of o.roles) assert.ok(known.has(role), `${o.id}: ${role}`);
  }
});

test("triggers and holders follow the Act's chapters", () => {
  const byTrigger = (t: string) => EU_AI_ACT_OBLIGATIONS.filter((o) => o.trigger === t).map((o) => o.id);
  assert.deepEqual(byTrigger("HIGH_RISK"), [
    "art-9",
    "art-10",
    "art-11",
    "art-12",
    "art-13",
    "art-14",
    "art-15",
    "art-17",
    "art-26",
    "art-27",
    "art-49",
    "art-72",
    "art-73",
  ]);
  assert.deepEqual(byTrigger("TRANSPARENCY"), ["art-50"]);
  assert.deepEqual(byTrigger("GPAI"), ["art-53"]);
  assert.deepEqual(byTrigger("GPAI_SYSTEMIC"), ["art-55"]);
  assert.deepEqual(euAiActObligation("art-26")?.roles, ["DEPLOYER"]);
  assert.deepEqual(euAiActObligation("art-27")?.roles, ["DEPLOYER"]);
  for (const id of ["art-9", "art-11", "art-17", "art-72", "art-73"]) assert.ok(euAiActObligation(id)?.roles.includes("PROVIDER"), id);
  for (const id of ["art-9", "art-17"]) assert.ok(!euAiActObligation(id)?.roles.includes("DEPLOYER"), id);
});

test("the FRIA and registration are conditional; the core provider duties are not", () => {
  assert.match(euAiActObligation("art-27")?.condition ?? "", /public/);
  assert.match(euAiActObligation("art-27")?.condition ?? "", /5\(b\)/);
  assert.match(euAiActObligation("art-49")?.condition ?? "", /public authorities/);
  assert.equal(euAiActObligation("art-9")?.condition, null);
  assert.equal(euAiActObligation("art-9")?.title, "Risk management system");
  assert.equal(euAiActObligation("art-99"), undefined);
});
