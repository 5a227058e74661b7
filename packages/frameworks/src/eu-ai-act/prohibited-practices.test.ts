// Checks the Art. 5(1) list: eight original practices (a)–(h), the two Omnibus additions, ids and dates.
import assert from "node:assert/strict";
import { test } from "node:test";
import { euAiActApplicationDate } from "./application-dates";
import { EU_AI_ACT_ADDED_PROHIBITED_PRACTICES, EU_AI_ACT_PROHIBITED_PRACTICES, prohibitedPractice } from "./prohibited-practices";

test("Art. 5(1) has eight practices, (a) to (h), in order", () => {
  assert.deepEqual(
    EU_AI_ACT_PROHIBITED_PRACTICES.map((p) => p.id),
    [..."abcdefgh"].map((l) => `art-5(1)(${l})`),
  );
  for (const p of EU_AI_ACT_PROHIBITED_PRACTICES) {
    assert.equal(p.ref, `Art. ${p.id.slice(4)}`);
    assert.equal(p.appliesFrom, "prohibitions");
    assert.ok(p.summary.length > 0 && p.summary.length <= 160, `${p.id}: short wording`);
  }
  assert.equal(new Set(EU_AI_ACT_PROHIBITED_PRACTICES.map((p) => p.label)).size, 8);
});

test("the Omnibus points (ba) and (bb) apply from 2 Dec 2026, the others from 2 Feb 2025", () => {
  assert.deepEqual(
    EU_AI_ACT_ADDED_PROHIBITED_PRACTICES.map((p) => [p.id, euAiActApplicationDate(p.appliesFrom).date]),
    [
      ["art-5(1)(ba)", "2026-12-02"],
      ["art-5(1)(bb)", "2026-12-02"],
    ],
  );
  assert.equal(euAiActApplicationDate(EU_AI_ACT_PROHIBITED_PRACTICES[0].appliesFrom).date, "2025-02-02");
  assert.equal(prohibitedPractice("art-5(1)(bb)")?.ref, "Art. 5(1)(bb)");
  assert.equal(prohibitedPractice("art-5(1)(h)")?.label, "Real-time remote biometric ID for police");
  assert.equal(prohibitedPractice("art-5(1)(i)"), undefined);
});
