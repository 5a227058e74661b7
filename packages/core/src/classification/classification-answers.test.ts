import assert from "node:assert/strict";
import { test } from "node:test";
import { CanonError } from "../shared/errors";
import { parseInput } from "../shared/input-errors";
import { classificationAnswersInput, type ClassificationAnswersInput } from "./classification-answers";

const parse = (input: ClassificationAnswersInput) => parseInput(classificationAnswersInput, input);

function refusedField(input: unknown): string | undefined {
  try {
    parseInput(classificationAnswersInput, input);
  } catch (error) {
    assert.ok(error instanceof CanonError && error.code === "VALIDATION", String(error));
    return error.field;
  }
  assert.fail(`accepted ${JSON.stringify(input)}`);
}

test("only the operator role is required; unanswered questions mean no", () => {
  const a = parse({ operatorRole: "DEPLOYER" });
  assert.deepEqual(a, {
    operatorRole: "DEPLOYER",
    prohibitedPractices: [],
    annexI: { coveredProductOrSafetyComponent: false, thirdPartyConformityAssessment: false, legislation: null },
    annexIIIPoint: null,
    art6_3: { conditions: [], justification: null },
    profiling: false,
    art50: {
      interactsWithPeople: false,
      generatesSyntheticContent: false,
      emotionRecognitionOrBiometricCategorisation: false,
      deepFakes: false,
      publicInterestText: false,
    },
    gpai: { generalPurposeModel: false, trainingFlops: null, designatedSystemic: false },
    deployerIsPublicAuthority: false,
    deployerProvidesPublicServices: false,
  });
});

test("values are normalised: the Annex III point trimmed, lists deduplicated, blank text cleared", () => {
  const a = parse({
    operatorRole: "PROVIDER",
    annexIIIPoint: " 5 (b) ",
    prohibitedPractices: ["art-5(1)(a)", "art-5(1)(a)"],
    art6_3: { conditions: ["a", "a", "c"], justification: "  Narrow task  " },
    annexI: { legislation: "  " },
  });
  assert.equal(a.annexIIIPoint, "5(b)");
  assert.deepEqual(a.prohibitedPractices, ["art-5(1)(a)"]);
  assert.deepEqual(a.art6_3, { conditions: ["a", "c"], justification: "Narrow task" });
  assert.equal(a.annexI.legislation, null);
});

test("each wrong answer is refused naming its field", () => {
  const cases: [unknown, string | undefined][] = [
    [{}, "operatorRole"],
    [{ operatorRole: "USER" }, "operatorRole"],
    [{ operatorRole: "PROVIDER", prohibitedPractices: ["art-5(1)(z)"] }, "prohibitedPractices"],
    [{ operatorRole: "PROVIDER", annexIIIPoint: "2(a)" }, "annexIIIPoint"],
    [{ operatorRole: "PROVIDER", annexIIIPoint: "9" }, "annexIIIPoint"],
    [{ operatorRole: "PROVIDER", art6_3: { conditions: ["e"], justification: "x" } }, "art6_3.conditions"],
    [{ operatorRole: "PROVIDER", art6_3: { conditions: ["a"] } }, "art6_3.justification"],
    [{ operatorRole: "PROVIDER", art6_3: { conditions: ["a"], justification: "   " } }, "art6_3.justification"],
    [{ operatorRole: "PROVIDER", gpai: { generalPurposeModel: true, trainingFlops: -1 } }, "gpai.trainingFlops"],
    [{ operatorRole: "PROVIDER", gpai: { generalPurposeModel: true, trainingFlops: Number.POSITIVE_INFINITY } }, "gpai.trainingFlops"],
    [{ operatorRole: "PROVIDER", gpai: { designatedSystemic: true } }, "gpai.designatedSystemic"],
    [{ operatorRole: "PROVIDER", art50: { chatbot: true } }, "art50"],
    [{ operatorRole: "PROVIDER", profilling: true }, undefined],
  ];
  for (const [input, field] of cases) assert.equal(refusedField(input), field, JSON.stringify(input));
});
