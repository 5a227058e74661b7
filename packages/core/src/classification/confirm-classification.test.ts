import assert from "node:assert/strict";
import { test } from "node:test";
import type { ClassificationFields } from "./classification-fields";
import { overriddenFields } from "./confirm-classification";
import { suggest } from "./test-helpers";

test("accepting the suggestion is no override", () => {
  const { classification } = suggest({ operatorRole: "PROVIDER", annexIIIPoint: "4(a)", art50: { interactsWithPeople: true } });
  assert.deepEqual(overriddenFields(classification, { ...classification }), []);
});

test("transparency duties compare as a set, whatever their order", () => {
  const { classification } = suggest({ operatorRole: "PROVIDER", art50: { interactsWithPeople: true, generatesSyntheticContent: true } });
  assert.deepEqual(classification.transparencyDuties, ["50(1)", "50(2)"]);
  const reordered: ClassificationFields = { ...classification, transparencyDuties: ["50(2)", "50(1)"] };
  assert.deepEqual(overriddenFields(classification, reordered), []);
  assert.deepEqual(overriddenFields(classification, { ...classification, transparencyDuties: ["50(1)"] }), ["transparencyDuties"]);
  assert.deepEqual(overriddenFields(classification, { ...classification, transparencyDuties: ["50(1)", "50(2)", "50(3)"] }), ["transparencyDuties"]);
});

test("a different tier, route, point or role is an override, listed in column order", () => {
  const { classification } = suggest({ operatorRole: "PROVIDER", annexIIIPoint: "4(a)" });
  const minimal: ClassificationFields = { ...classification, riskTier: "MINIMAL", highRiskRoute: null, annexIIIArea: null, annexIIIPoint: null };
  assert.deepEqual(overriddenFields(classification, minimal), ["riskTier", "highRiskRoute", "annexIIIArea", "annexIIIPoint"]);
  assert.deepEqual(overriddenFields(classification, { ...classification, operatorRole: "DEPLOYER" }), ["operatorRole"]);
  assert.deepEqual(overriddenFields(classification, { ...classification, annexIIIPoint: "4(b)" }), ["annexIIIPoint"]);
});

test("a derogation worded differently from the answers' justification is an override of that field", () => {
  const { classification } = suggest({
    operatorRole: "PROVIDER",
    annexIIIPoint: "4(a)",
    art6_3: { conditions: ["d"], justification: "Only sorts CVs by date" },
  });
  assert.equal(classification.art6_3Derogation, true);
  assert.deepEqual(overriddenFields(classification, { ...classification, art6_3Justification: "Sorts CVs" }), ["art6_3Justification"]);
});
