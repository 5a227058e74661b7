// Checks the GPAI duty lists (Arts. 53(1), 55(1)), Annex XI and XII items and the training-summary sections.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  EU_AI_ACT_ANNEX_XI,
  EU_AI_ACT_ANNEX_XII,
  EU_AI_ACT_GPAI_PROVIDER_DUTIES,
  EU_AI_ACT_GPAI_SYSTEMIC_DUTIES,
  GPAI_TRAINING_SUMMARY_SECTIONS,
} from "./gpai-obligations";

test("Art. 53(1) and Art. 55(1) each have points (a) to (d)", () => {
  assert.deepEqual(
    EU_AI_ACT_GPAI_PROVIDER_DUTIES.map((d) => d.id),
    ["art-53(1)(a)", "art-53(1)(b)", "art-53(1)(c)", "art-53(1)(d)"],
  );
  assert.deepEqual(
    EU_AI_ACT_GPAI_SYSTEMIC_DUTIES.map((d) => d.id),
    ["art-55(1)(a)", "art-55(1)(b)", "art-55(1)(c)", "art-55(1)(d)"],
  );
  for (const d of [...EU_AI_ACT_GPAI_PROVIDER_DUTIES, ...EU_AI_ACT_GPAI_SYSTEMIC_DUTIES]) assert.equal(d.ref, `Art. ${d.id.slice(4)}`);
});

test("only Art. 53(1)(a) and (b) are waived for open-source models (Art. 53(2))", () => {
  const exempt = [...EU_AI_ACT_GPAI_PROVIDER_DUTIES, ...EU_AI_ACT_GPAI_SYSTEMIC_DUTIES].filter((d) => d.openSourceExempt).map((d) => d.id);
  assert.deepEqual(exempt, ["art-53(1)(a)", "art-53(1)(b)"]);
});

test("Annex XI: Section 1 has 1(a)–(f) and 2(a)–(e), Section 2 has points 1–3", () => {
  const refs = (section: 1 | 2) => EU_AI_ACT_ANNEX_XI.filter((i) => i.section === section).map((i) => i.ref);
  assert.deepEqual(refs(1), ["1(a)", "1(b)", "1(c)", "1(d)", "1(e)", "1(f)", "2(a)", "2(b)", "2(c)", "2(d)", "2(e)"]);
  assert.deepEqual(refs(2), ["1", "2", "3"]);
  assert.equal(EU_AI_ACT_ANNEX_XI.find((i) => i.id === "xi-s1-2(d)")?.label, "Training compute (FLOPs) and training time");
});

test("Annex XII has 1(a)–(h) and 2(a)–(c)", () => {
  assert.deepEqual(
    EU_AI_ACT_ANNEX_XII.map((i) => i.id),
    ["1(a)", "1(b)", "1(c)", "1(d)", "1(e)", "1(f)", "1(g)", "1(h)", "2(a)", "2(b)", "2(c)"].map((r) => `xii-${r}`),
  );
  assert.match(EU_AI_ACT_ANNEX_XII.find((i) => i.ref === "2(b)")?.label ?? "", /context window/);
});

test("the training-content summary template has its three sections in order", () => {
  assert.deepEqual(
    GPAI_TRAINING_SUMMARY_SECTIONS.map((s) => [s.number, s.title]),
    [
      [1, "General information"],
      [2, "List of data sources"],
      [3, "Data processing aspects"],
    ],
  );
});

test("documentation items have unique ids and short labels", () => {
  const all = [...EU_AI_ACT_ANNEX_XI, ...EU_AI_ACT_ANNEX_XII];
  assert.equal(new Set(all.map((i) => i.id)).size, all.length);
  for (const i of all) assert.ok(i.label.length > 0 && i.label.length <= 100, `${i.id}: short label`);
});
