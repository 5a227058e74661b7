import assert from "node:assert/strict";
import { test } from "node:test";
import { CanonError } from "../shared/errors";
import { parseInput } from "../shared/input-errors";
import { givenCardFields, mergeCardFields } from "./card-fields";
import { saveModelCardInput } from "./save-model-card";

test("omitted sections carry over, null or blank clears, given text is trimmed", () => {
  const parsed = parseInput(saveModelCardInput, { modelVersionId: "v1", overview: "  New overview ", factors: null, intendedUse: "   " });
  const given = givenCardFields(parsed);
  assert.deepEqual(given, { overview: "New overview", intendedUse: null, factors: null });
  const merged = mergeCardFields({ overview: "old", trainingData: "kept", factors: "gone" }, given);
  assert.equal(merged.overview, "New overview");
  assert.equal(merged.trainingData, "kept");
  assert.equal(merged.factors, null);
  assert.equal(merged.intendedUse, null);
});

test("a section over the text limit and a long change note are refused by name", () => {
  const field = (input: Record<string, unknown>) => {
    try {
      parseInput(saveModelCardInput, { modelVersionId: "v1", ...input });
      return undefined;
    } catch (error) {
      assert.ok(error instanceof CanonError);
      return error.field;
    }
  };
  assert.equal(field({ factors: "x".repeat(20_001) }), "factors");
  assert.equal(field({ changeNote: "x".repeat(2_001) }), "changeNote");
  assert.equal(field({ modelVersionId: " " }), "modelVersionId");
  assert.equal(field({ overview: "x".repeat(20_000) }), undefined);
});
