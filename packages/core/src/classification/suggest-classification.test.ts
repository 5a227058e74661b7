import assert from "node:assert/strict";
import { test } from "node:test";
import { CLASSIFICATION_STEPS } from "./classification-reason";
import { suggest } from "./test-helpers";

const stepsOf = (reasons: readonly { step: string }[]) => [...new Set(reasons.map((r) => r.step))];

test("an Art. 5 practice makes the system PROHIBITED whatever else is answered, and stops the walk", () => {
  const s = suggest({
    operatorRole: "PROVIDER",
    prohibitedPractices: ["art-5(1)(c)"],
    annexI: { coveredProductOrSafetyComponent: true, thirdPartyConformityAssessment: true },
    annexIIIPoint: "5(b)",
    profiling: true,
    art50: { interactsWithPeople: true },
    gpai: { generalPurposeModel: true, trainingFlops: 5e25 },
  });
  assert.deepEqual(s.classification, {
    operatorRole: "PROVIDER",
    riskTier: "PROHIBITED",
    highRiskRoute: null,
    annexIIIArea: null,
    annexIIIPoint: null,
    art6_3Derogation: false,
    art6_3Justification: null,
    profiling: true,
    gpaiStatus: "NONE",
    transparencyDuties: [],
  });
  assert.deepEqual(stepsOf(s.reasons), [CLASSIFICATION_STEPS.prohibited, CLASSIFICATION_STEPS.tier]);
  assert.equal(s.reasons[0]!.reference, "Art. 5(1)(c)");
  assert.match(s.reasons[0]!.text, /Social scoring/);
});

test("a practice the Digital Omnibus added is screened too, with its later date", () => {
  const s = suggest({ operatorRole: "DEPLOYER", prohibitedPractices: ["art-5(1)(bb)"] });
  assert.equal(s.classification.riskTier, "PROHIBITED");
  assert.match(s.reasons[0]!.text, /from 2026-12-02/);
});

test("every step speaks, in the Act's order, when nothing applies: MINIMAL", () => {
  const s = suggest({ operatorRole: "DEPLOYER" });
  assert.equal(s.classification.riskTier, "MINIMAL");
  assert.deepEqual(stepsOf(s.reasons), [
    CLASSIFICATION_STEPS.prohibited,
    CLASSIFICATION_STEPS.annexI,
    CLASSIFICATION_STEPS.annexIII,
    CLASSIFICATION_STEPS.transparency,
    CLASSIFICATION_STEPS.gpai,
    CLASSIFICATION_STEPS.tier,
  ]);
});

test("Annex I: high risk only with both a covered product and a third-party conformity assessment", () => {
  const both = suggest({
    operatorRole: "PRODUCT_MANUFACTURER",
    annexI: { coveredProductOrSafetyComponent: true, thirdPartyConformityAssessment: true, legislation: "MDR" },
  });
  assert.equal(both.classification.riskTier, "HIGH_RISK");
  assert.equal(both.classification.highRiskRoute, "ANNEX_I");
  assert.match(both.reasons.find((r) => r.step === CLASSIFICATION_STEPS.annexI)!.text, /\(MDR\)/);

  const selfAssessed = suggest({ operatorRole: "PROVIDER", annexI: { coveredProductOrSafetyComponent: true, legislation: "Toy safety" } });
  assert.equal(selfAssessed.classification.riskTier, "MINIMAL");
  assert.equal(selfAssessed.classification.highRiskRoute, null);
  assert.equal(selfAssessed.reasons.find((r) => r.step === CLASSIFICATION_STEPS.annexI)!.reference, "Art. 6(1)(b)");
});

test("an Annex I product also used in an Annex III area keeps the Annex I route and records the area; Art. 6(3) cannot lift it", () => {
  const s = suggest({
    operatorRole: "PROVIDER",
    annexI: { coveredProductOrSafetyComponent: true, thirdPartyConformityAssessment: true },
    annexIIIPoint: "5(d)",
    art6_3: { conditions: ["d"], justification: "Only prepares the triage list" },
  });
  assert.equal(s.classification.riskTier, "HIGH_RISK");
  assert.equal(s.classification.highRiskRoute, "ANNEX_I");
  assert.equal(s.classification.annexIIIPoint, "5(d)");
  assert.equal(s.classification.art6_3Derogation, false);
  assert.match(s.reasons.find((r) => r.step === CLASSIFICATION_STEPS.derogation)!.text, /Annex I product/);
});

test("Art. 6(3) claimed but the system profiles natural persons: still HIGH_RISK, and the reason says why", () => {
  const s = suggest({ operatorRole: "PROVIDER", annexIIIPoint: "4(a)", profiling: true, art6_3: { conditions: ["a", "d"], justification: "Only ranks CVs" } });
  assert.equal(s.classification.riskTier, "HIGH_RISK");
  assert.equal(s.classification.highRiskRoute, "ANNEX_III");
  assert.equal(s.classification.art6_3Derogation, false);
  assert.equal(s.classification.art6_3Justification, null);
  assert.equal(s.classification.profiling, true);
  const reason = s.reasons.find((r) => r.step === CLASSIFICATION_STEPS.derogation)!;
  assert.equal(reason.reference, "Art. 6(3), last subparagraph");
  assert.match(reason.text, /profiles natural persons/);
});

test("Art. 6(3) claimed without profiling: not high risk, the area and justification are kept", () => {
  const s = suggest({ operatorRole: "PROVIDER", annexIIIPoint: "3(b)", art6_3: { conditions: ["b"], justification: "Spell-checks graded essays" } });
  assert.deepEqual(s.classification, {
    operatorRole: "PROVIDER",
    riskTier: "MINIMAL",
    highRiskRoute: null,
    annexIIIArea: 3,
    annexIIIPoint: "3(b)",
    art6_3Derogation: true,
    art6_3Justification: "Spell-checks graded essays",
    profiling: false,
    gpaiStatus: "NONE",
    transparencyDuties: [],
  });
  const reason = s.reasons.find((r) => r.step === CLASSIFICATION_STEPS.derogation)!;
  assert.equal(reason.reference, "Art. 6(3)(b)");
  assert.match(reason.text, /registers the system/);
});

test("Art. 6(3) conditions claimed outside Annex III are ignored, with a reason", () => {
  const s = suggest({ operatorRole: "PROVIDER", art6_3: { conditions: ["a"], justification: "x" } });
  assert.equal(s.classification.art6_3Derogation, false);
  assert.match(s.reasons.find((r) => r.step === CLASSIFICATION_STEPS.derogation)!.text, /only to Annex III/);
});

test("Art. 50 answers map to the stored duty ids, in the catalogue's order, and make the tier TRANSPARENCY", () => {
  const s = suggest({
    operatorRole: "DEPLOYER",
    art50: {
      publicInterestText: true,
      deepFakes: true,
      emotionRecognitionOrBiometricCategorisation: true,
      generatesSyntheticContent: true,
      interactsWithPeople: true,
    },
  });
  assert.equal(s.classification.riskTier, "TRANSPARENCY");
  assert.deepEqual(s.classification.transparencyDuties, ["50(1)", "50(2)", "50(3)", "50(4)-deepfake", "50(4)-text"]);
  assert.deepEqual(
    s.reasons.filter((r) => r.step === CLASSIFICATION_STEPS.transparency).map((r) => r.reference),
    ["Art. 50(1)", "Art. 50(2)", "Art. 50(3)", "Art. 50(4)", "Art. 50(4)"],
  );
});

test("a high-risk chatbot keeps its Art. 50 duty next to the HIGH_RISK tier", () => {
  const s = suggest({ operatorRole: "PROVIDER", annexIIIPoint: "5(a)", art50: { interactsWithPeople: true } });
  assert.equal(s.classification.riskTier, "HIGH_RISK");
  assert.deepEqual(s.classification.transparencyDuties, ["50(1)"]);
});

test("GPAI: 2e25 FLOPs is presumed systemic; designation is systemic; below the threshold or unknown is plain GPAI; the tier is unaffected", () => {
  const heavy = suggest({ operatorRole: "PROVIDER", gpai: { generalPurposeModel: true, trainingFlops: 2e25 } });
  assert.equal(heavy.classification.gpaiStatus, "GPAI_SYSTEMIC");
  assert.equal(heavy.classification.riskTier, "MINIMAL");
  const reason = heavy.reasons.find((r) => r.step === CLASSIFICATION_STEPS.gpai)!;
  assert.equal(reason.reference, "Art. 51(2), Art. 52(1)");
  assert.match(reason.text, /2e\+25 FLOPs/);

  const designated = suggest({ operatorRole: "PROVIDER", gpai: { generalPurposeModel: true, trainingFlops: 1e23, designatedSystemic: true } });
  assert.equal(designated.classification.gpaiStatus, "GPAI_SYSTEMIC");
  assert.equal(suggest({ operatorRole: "PROVIDER", gpai: { generalPurposeModel: true, trainingFlops: 3e24 } }).classification.gpaiStatus, "GPAI");
  // Art. 51(2) says "greater than" 10^25: exactly 10^25 is not presumed systemic.
  assert.equal(suggest({ operatorRole: "PROVIDER", gpai: { generalPurposeModel: true, trainingFlops: 1e25 } }).classification.gpaiStatus, "GPAI");
  const unknown = suggest({ operatorRole: "PROVIDER", gpai: { generalPurposeModel: true } });
  assert.equal(unknown.classification.gpaiStatus, "GPAI");
  assert.match(unknown.reasons.find((r) => r.step === CLASSIFICATION_STEPS.gpai)!.text, /not recorded/);
  assert.equal(suggest({ operatorRole: "PROVIDER", gpai: { trainingFlops: 5e25 } }).classification.gpaiStatus, "NONE");
});
