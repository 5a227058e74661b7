// Shared by the classification tests: parse a questionnaire as a person would submit it, and check that
// a suggestion is a classification the registry accepts unchanged.
import assert from "node:assert/strict";
import { parseInput } from "../shared/input-errors";
import { classificationData, classificationInput } from "../systems/classification";
import { classificationAnswersInput, type ClassificationAnswersInput } from "./classification-answers";
import type { ClassificationFields } from "./classification-fields";
import { suggestClassification } from "./suggest-classification";

export function suggest(input: ClassificationAnswersInput) {
  const suggestion = suggestClassification(parseInput(classificationAnswersInput, input));
  assertStorable(suggestion.classification);
  return suggestion;
}

/** classifyAISystem would store exactly these columns. */
export function assertStorable(c: ClassificationFields): void {
  assert.deepEqual(classificationData(parseInput(classificationInput, c)), c);
}

export const ids = (obligations: readonly { obligationId: string }[]) => obligations.map((o) => o.obligationId);
