import assert from "node:assert/strict";
import { test } from "node:test";
import { evaluationPassed, metricPassed } from "./metric-outcome";

test("higher-is-better passes at or above the threshold", () => {
  assert.equal(metricPassed(0.9, 0.9, "HIGHER_IS_BETTER"), true);
  assert.equal(metricPassed(0.91, 0.9, "HIGHER_IS_BETTER"), true);
  assert.equal(metricPassed(0.8999, 0.9, "HIGHER_IS_BETTER"), false);
});

test("lower-is-better passes at or below the threshold", () => {
  assert.equal(metricPassed(0.05, 0.05, "LOWER_IS_BETTER"), true);
  assert.equal(metricPassed(0.04, 0.05, "LOWER_IS_BETTER"), true);
  assert.equal(metricPassed(0.0501, 0.05, "LOWER_IS_BETTER"), false);
  assert.equal(metricPassed(-3, -2, "LOWER_IS_BETTER"), true);
});

test("no threshold means no verdict", () => {
  assert.equal(metricPassed(1, null, "HIGHER_IS_BETTER"), null);
  assert.equal(metricPassed(1, undefined, "LOWER_IS_BETTER"), null);
});

test("an evaluation passes only when every thresholded metric passes", () => {
  assert.equal(evaluationPassed([{ passed: true }, { passed: null }]), true);
  assert.equal(evaluationPassed([{ passed: null }]), true);
  assert.equal(evaluationPassed([{ passed: true }, { passed: false }]), false);
});
