// Checks Annex IV: 1(a)–(h), 2(a)–(h) and points 3–9, ids built from refs, and the registry hints.
import assert from "node:assert/strict";
import { test } from "node:test";
import { annexIvItem, EU_AI_ACT_ANNEX_IV } from "./annex-iv";

const letters = (point: number, n: number) => [..."abcdefgh"].slice(0, n).map((l) => `${point}(${l})`);

test("Annex IV has 1(a)–(h), 2(a)–(h) and points 3 to 9: 23 items", () => {
  assert.deepEqual(
    EU_AI_ACT_ANNEX_IV.map((i) => i.ref),
    [...letters(1, 8), ...letters(2, 8), "3", "4", "5", "6", "7", "8", "9"],
  );
  assert.equal(EU_AI_ACT_ANNEX_IV.length, 23);
});

test("each id is built from its ref, and the point number matches", () => {
  for (const i of EU_AI_ACT_ANNEX_IV) {
    assert.equal(i.id, `annex-iv-${i.ref}`);
    assert.equal(i.point, Number(i.ref[0]));
    assert.ok(i.title.length > 0 && i.title.length <= 110, `${i.id}: short title`);
    assert.ok(i.registrySource === null || i.registrySource.length > 0, `${i.id}: hint is null or says something`);
  }
  assert.equal(new Set(EU_AI_ACT_ANNEX_IV.map((i) => i.id)).size, 23);
});

test("registry hints: data the registry holds has one, prose a person writes has none", () => {
  assert.match(annexIvItem("annex-iv-2(d)")?.registrySource ?? "", /Dataset/i);
  assert.match(annexIvItem("annex-iv-2(g)")?.registrySource ?? "", /Evaluation/i);
  assert.match(annexIvItem("annex-iv-5")?.registrySource ?? "", /[Rr]isk register/);
  for (const id of ["annex-iv-2(b)", "annex-iv-4", "annex-iv-7"]) assert.equal(annexIvItem(id)?.registrySource, null, id);
  assert.equal(annexIvItem("annex-iv-10"), undefined);
});
