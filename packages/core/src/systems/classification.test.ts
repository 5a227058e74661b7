import assert from "node:assert/strict";
import { test } from "node:test";
import { GpaiStatus, HighRiskRoute, OperatorRole, RiskTier } from "@canon/db";
import { CanonError } from "../shared/errors";
import { parseInput } from "../shared/input-errors";
import {
  classificationData,
  classificationInput,
  GPAI_STATUSES,
  HIGH_RISK_ROUTES,
  OPERATOR_ROLES,
  RISK_TIERS,
  type ClassificationInput,
} from "./classification";

test("the catalogue's values are the values the registry stores", () => {
  const sorted = (values: readonly string[]) => [...values].sort();
  assert.deepEqual(sorted(OPERATOR_ROLES), sorted(Object.values(OperatorRole)));
  assert.deepEqual(sorted(RISK_TIERS), sorted(Object.values(RiskTier)));
  assert.deepEqual(sorted(HIGH_RISK_ROUTES), sorted(Object.values(HighRiskRoute)));
  assert.deepEqual(sorted(GPAI_STATUSES), sorted(Object.values(GpaiStatus)));
});

const classify = (input: ClassificationInput) => classificationData(parseInput(classificationInput, input));

function refusedField(input: ClassificationInput): string | undefined {
  try {
    classify(input);
  } catch (error) {
    assert.ok(error instanceof CanonError && error.code === "VALIDATION", String(error));
    return error.field;
  }
  assert.fail(`accepted ${JSON.stringify(input)}`);
}

test("a coherent classification: defaults filled, the Annex III point normalised", () => {
  const c = classify({ operatorRole: "PROVIDER", riskTier: "HIGH_RISK", highRiskRoute: "ANNEX_III", annexIIIArea: 5, annexIIIPoint: " 5(b) " });
  assert.deepEqual(c, {
    operatorRole: "PROVIDER",
    riskTier: "HIGH_RISK",
    highRiskRoute: "ANNEX_III",
    annexIIIArea: 5,
    annexIIIPoint: "5(b)",
    art6_3Derogation: false,
    art6_3Justification: null,
    profiling: false,
    gpaiStatus: "NONE",
    transparencyDuties: [],
  });
  const derogated = classify({
    operatorRole: "DEPLOYER",
    riskTier: "MINIMAL",
    annexIIIArea: 4,
    art6_3Derogation: true,
    art6_3Justification: "Narrow task",
    transparencyDuties: ["50(1)", "50(1)"],
  });
  assert.equal(derogated.art6_3Justification, "Narrow task");
  assert.deepEqual(derogated.transparencyDuties, ["50(1)"]);
});

test("each incoherent combination names its field", () => {
  const cases: [ClassificationInput, string][] = [
    [{ operatorRole: "PROVIDER", riskTier: "HIGH_RISK" }, "highRiskRoute"],
    [{ operatorRole: "PROVIDER", riskTier: "MINIMAL", highRiskRoute: "ANNEX_I" }, "highRiskRoute"],
    [{ operatorRole: "PROVIDER", riskTier: "HIGH_RISK", highRiskRoute: "ANNEX_III" }, "annexIIIArea"],
    [{ operatorRole: "PROVIDER", riskTier: "HIGH_RISK", highRiskRoute: "ANNEX_III", annexIIIArea: 5, annexIIIPoint: "4(a)" }, "annexIIIPoint"],
    [{ operatorRole: "PROVIDER", riskTier: "MINIMAL", annexIIIPoint: "4(a)" }, "annexIIIPoint"],
    [{ operatorRole: "PROVIDER", riskTier: "HIGH_RISK", highRiskRoute: "ANNEX_III", annexIIIArea: 4, art6_3Derogation: true }, "art6_3Derogation"],
    [{ operatorRole: "PROVIDER", riskTier: "MINIMAL", art6_3Derogation: true, art6_3Justification: "x" }, "art6_3Derogation"],
    [{ operatorRole: "PROVIDER", riskTier: "MINIMAL", annexIIIArea: 4, art6_3Derogation: true }, "art6_3Justification"],
    [{ operatorRole: "PROVIDER", riskTier: "MINIMAL", annexIIIArea: 4, art6_3Derogation: true, art6_3Justification: "x", profiling: true }, "art6_3Derogation"],
    [{ operatorRole: "PROVIDER", riskTier: "MINIMAL", transparencyDuties: ["51(1)"] }, "transparencyDuties"],
    [{ operatorRole: "PROVIDER", riskTier: "MINIMAL", annexIIIArea: 9 }, "annexIIIArea"],
    [{ operatorRole: "NOBODY" as never, riskTier: "MINIMAL" }, "operatorRole"],
  ];
  for (const [input, field] of cases) assert.equal(refusedField(input), field, JSON.stringify(input));
});
