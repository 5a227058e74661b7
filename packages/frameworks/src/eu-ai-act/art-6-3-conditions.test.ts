// Checks the four Art. 6(3) conditions and the profiling note.
import assert from "node:assert/strict";
import { test } from "node:test";
import { ART_6_3_PROFILING_NOTE, art63Condition, EU_AI_ACT_ART_6_3_CONDITIONS } from "./art-6-3-conditions";

test("Art. 6(3) has four conditions, a to d, each citing its point", () => {
  assert.deepEqual(
    EU_AI_ACT_ART_6_3_CONDITIONS.map((c) => c.id),
    ["a", "b", "c", "d"],
  );
  for (const c of EU_AI_ACT_ART_6_3_CONDITIONS) {
    assert.equal(c.ref, `Art. 6(3)(${c.id})`);
    assert.ok(c.summary.length > 0 && c.summary.length <= 160, `${c.id}: short wording`);
  }
  assert.equal(art63Condition("a")?.label, "Narrow procedural task");
  assert.equal(art63Condition("d")?.label, "Preparatory task");
  assert.equal(art63Condition("e"), undefined);
});

test("profiling always stays high-risk", () => {
  assert.match(ART_6_3_PROFILING_NOTE, /profil/i);
  assert.match(ART_6_3_PROFILING_NOTE, /always high-risk/);
});
