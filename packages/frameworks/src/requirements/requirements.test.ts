import assert from "node:assert/strict";
import { test } from "node:test";
import { EU_AI_ACT_OBLIGATIONS } from "../eu-ai-act/obligations";
import { FRAMEWORK_CATALOGUES, findRequirement, frameworkRequirements, type FrameworkId } from "./index";

const FRAMEWORKS: readonly FrameworkId[] = ["EU_AI_ACT", "ISO_42001", "NIST_AI_RMF"];

test("ISO/IEC 42001: the 32 assessable clauses of 4–10, then the 38 Annex A controls", () => {
  const iso = frameworkRequirements("ISO_42001");
  assert.equal(iso.filter((r) => r.kind === "clause").length, 32);
  assert.equal(iso.filter((r) => r.kind === "control").length, 38);
  assert.equal(iso.length, 70);
  assert.deepEqual(findRequirement("ISO_42001", "6.1.3"), {
    framework: "ISO_42001",
    id: "6.1.3",
    reference: "6.1.3",
    title: "AI risk treatment",
    group: "6 Planning",
    kind: "clause",
  });
  assert.equal(findRequirement("ISO_42001", "9.2.1")?.title, "Internal audit: general");
  assert.equal(findRequirement("ISO_42001", "A.7.5")?.group, "A.7 Data for AI systems");
  assert.equal(findRequirement("ISO_42001", "6.1"), undefined, "a parent clause is assessed through its sub-clauses");
});

test("NIST AI RMF: the 72 subcategories, grouped by category", () => {
  const nist = frameworkRequirements("NIST_AI_RMF");
  assert.equal(nist.length, 72);
  assert.ok(nist.every((r) => r.kind === "subcategory"));
  assert.equal(findRequirement("NIST_AI_RMF", "GOVERN-1.6")?.reference, "GOVERN 1.6");
  assert.match(findRequirement("NIST_AI_RMF", "MAP-5.1")?.group ?? "", /^MAP 5 /);
  assert.equal(findRequirement("NIST_AI_RMF", "GOVERN 1.6"), undefined);
});

test("EU AI Act: one requirement per obligation of the catalogue, including the crosswalked articles", () => {
  const eu = frameworkRequirements("EU_AI_ACT");
  assert.equal(eu.length, EU_AI_ACT_OBLIGATIONS.length);
  assert.ok(eu.every((r) => r.kind === "obligation"));
  for (const id of [
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
  ]) {
    assert.ok(findRequirement("EU_AI_ACT", id), id);
  }
  assert.equal(findRequirement("EU_AI_ACT", "art-9")?.reference, "Art. 9");
  assert.equal(findRequirement("EU_AI_ACT", "art-99"), undefined);
});

test("ids are unique within each framework, and every requirement is filled in and found by its id", () => {
  for (const framework of FRAMEWORKS) {
    const requirements = frameworkRequirements(framework);
    assert.equal(new Set(requirements.map((r) => r.id)).size, requirements.length, `${framework}: unique ids`);
    for (const r of requirements) {
      assert.equal(r.framework, framework);
      assert.ok(r.id && r.reference && r.title && r.group, `${framework} ${r.id}: every field filled in`);
      assert.equal(findRequirement(framework, r.id), r);
    }
  }
  assert.equal(findRequirement("ISO_42001", "GOVERN-1.6"), undefined, "ids are looked up in their own framework only");
});

test("every framework catalogue names itself and a version", () => {
  assert.deepEqual(Object.keys(FRAMEWORK_CATALOGUES).sort(), [...FRAMEWORKS].sort());
  for (const framework of FRAMEWORKS) {
    const catalogue = FRAMEWORK_CATALOGUES[framework];
    assert.ok(catalogue.id.length > 0 && catalogue.title.length > 0, framework);
    assert.match(catalogue.version, /^\d{4}\.\d+$/, `${framework}: version`);
  }
  assert.equal(FRAMEWORK_CATALOGUES.ISO_42001.title, "ISO/IEC 42001:2023");
});
