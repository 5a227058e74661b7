import assert from "node:assert/strict";
import { test } from "node:test";
import { CanonError } from "../shared/errors";
import { parseInput } from "../shared/input-errors";
import { evaluationData, recordEvaluationInput } from "./evaluation-input";

const base = { modelVersionId: "v1", suite: "quality", metrics: [{ name: "auc", value: 0.9 }] };

function refusal(patch: Record<string, unknown>): string | undefined {
  try {
    evaluationData(parseInput(recordEvaluationInput, { ...base, ...patch }));
    return undefined;
  } catch (error) {
    assert.ok(error instanceof CanonError && error.code === "VALIDATION", String(error));
    return error.field;
  }
}

test("metrics: at least one, (name, slice) once, each value a finite number", () => {
  assert.equal(refusal({ metrics: [] }), "metrics");
  assert.equal(refusal({ metrics: [{ name: " ", value: 1 }] }), "metrics.0.name");
  assert.equal(
    refusal({
      metrics: [
        { name: "m", value: 1 },
        { name: "m", value: 2 },
      ],
    }),
    "metrics.1.name",
  );
  assert.equal(
    refusal({
      metrics: [
        { name: "m", value: 1, slice: "eu" },
        { name: "m", value: 2, slice: " eu " },
      ],
    }),
    "metrics.1.name",
  );
  assert.equal(
    refusal({
      metrics: [
        { name: "m", value: 1, slice: "eu" },
        { name: "m", value: 2, slice: "us" },
        { name: "m", value: 3 },
      ],
    }),
    undefined,
  );
  assert.equal(refusal({ metrics: [{ name: "m", value: "high" }] }), "metrics.0.value");
  assert.equal(refusal({ metrics: [{ name: "m", value: Number.NaN }] }), "metrics.0.value");
  assert.equal(refusal({ metrics: [{ name: "m", value: 1, direction: "SIDEWAYS" }] }), "metrics.0.direction");
});

test("runUrl is a web link; suite is required text", () => {
  assert.equal(refusal({ runUrl: "https://ci.example/run/1" }), undefined);
  for (const bad of ["not a url", "file:///tmp/run", "ftp://x/y", "http://"]) assert.equal(refusal({ runUrl: bad }), "runUrl", bad);
  assert.equal(refusal({ suite: "  " }), "suite");
  assert.equal(refusal({ suite: "x".repeat(201) }), "suite");
});

test("pass/fail is derived: direction defaults to higher-is-better, no threshold means no verdict", () => {
  const data = evaluationData(
    parseInput(recordEvaluationInput, {
      ...base,
      metrics: [
        { name: "acc", value: 0.9, threshold: 0.9 },
        { name: "err", value: 0.06, threshold: 0.05, direction: "LOWER_IS_BETTER" },
        { name: "ppl", value: 3 },
      ],
    }),
  );
  assert.deepEqual(
    data.metrics.map((m) => [m.name, m.direction, m.slice, m.passed]),
    [
      ["acc", "HIGHER_IS_BETTER", "", true],
      ["err", "LOWER_IS_BETTER", "", false],
      ["ppl", "HIGHER_IS_BETTER", "", null],
    ],
  );
  assert.equal(data.passed, false);
  assert.ok(data.evaluatedAt instanceof Date);
});
