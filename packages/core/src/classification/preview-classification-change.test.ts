import assert from "node:assert/strict";
import { test } from "node:test";
import { CanonError } from "../shared/errors";
import { parseInput } from "../shared/input-errors";
import { classificationInput } from "../systems/classification";
import {
  classificationOfSystem,
  coherentClassification,
  currentObligations,
  obligationContextOfSystem,
  type StoredClassification,
} from "./preview-classification-change";
import { ids } from "./test-helpers";

const UNCLASSIFIED: StoredClassification = {
  operatorRole: "DEPLOYER",
  riskTier: "UNCLASSIFIED",
  highRiskRoute: null,
  annexIIIArea: null,
  annexIIIPoint: null,
  art6_3Derogation: false,
  art6_3Justification: null,
  profiling: false,
  gpaiStatus: "NONE",
  transparencyDuties: [],
  publicAuthority: false,
};

test("a stored system's classification is read column by column; duties that are not a list read as none", () => {
  const stored = { ...UNCLASSIFIED, riskTier: "TRANSPARENCY", transparencyDuties: ["50(1)"] };
  const { publicAuthority: _ignored, ...columns } = stored;
  assert.deepEqual(classificationOfSystem(stored), columns);
  assert.deepEqual(classificationOfSystem({ ...UNCLASSIFIED, transparencyDuties: null }).transparencyDuties, []);
});

test("an unclassified system has only the obligations every system has", () => {
  assert.deepEqual(ids(currentObligations(UNCLASSIFIED)), ["art-4", "art-5"]);
});

test("the stored public-authority flag is the deployer context (public services are not stored)", () => {
  assert.deepEqual(obligationContextOfSystem({ ...UNCLASSIFIED, publicAuthority: true }), {
    deployerIsPublicAuthority: true,
    deployerProvidesPublicServices: false,
  });
  const deployer = { ...UNCLASSIFIED, riskTier: "HIGH_RISK", highRiskRoute: "ANNEX_III", annexIIIArea: 4, annexIIIPoint: "4(a)" };
  assert.ok(!ids(currentObligations(deployer)).includes("art-27"));
  assert.ok(ids(currentObligations({ ...deployer, publicAuthority: true })).includes("art-27"));
});

test("an incoherent proposed classification is refused naming the field within its argument", () => {
  const proposed = parseInput(classificationInput, { operatorRole: "PROVIDER", riskTier: "HIGH_RISK" });
  assert.throws(
    () => coherentClassification("classification", proposed),
    (e: unknown) =>
      e instanceof CanonError &&
      e.code === "VALIDATION" &&
      e.field === "classification.highRiskRoute" &&
      e.message.startsWith("classification.highRiskRoute: "),
  );
  const coherent = parseInput(classificationInput, {
    operatorRole: "PROVIDER",
    riskTier: "HIGH_RISK",
    highRiskRoute: "ANNEX_III",
    annexIIIArea: 4,
    annexIIIPoint: "4 (a)",
  });
  assert.throws(() => coherentClassification("classification", coherent), /annexIIIPoint/);
  const point = parseInput(classificationInput, {
    operatorRole: "PROVIDER",
    riskTier: "HIGH_RISK",
    highRiskRoute: "ANNEX_III",
    annexIIIArea: 4,
    annexIIIPoint: "4(a)",
  });
  assert.equal(coherentClassification("classification", point).annexIIIPoint, "4(a)");
});
