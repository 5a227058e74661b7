// Validation of a recorded evaluation and its metrics. Every check names its field and runs before
// the write transaction, so a refused evaluation writes nothing.
import type { MetricDirection } from "@canon/db";
import { invalid } from "../shared/errors";
import { dateValue, LIMITS, oneOf, optionalText, optionalUri, requiredText } from "../shared/validate";
import { evaluationPassed, metricPassed } from "./metric-outcome";

const DIRECTIONS: MetricDirection[] = ["HIGHER_IS_BETTER", "LOWER_IS_BETTER"];
export const MAX_METRICS = 500;

export interface MetricInput {
  name: string;
  value: number;
  threshold?: number | null;
  direction?: MetricDirection | null;
  /** Data slice the value was measured on (e.g. "age>=65"); omitted for the whole set. */
  slice?: string | null;
}

export interface RecordEvaluationInput {
  modelVersionId: string;
  datasetVersionId?: string | null;
  suite: string;
  runId?: string | null;
  runUrl?: string | null;
  notes?: string | null;
  evaluatedAt?: Date | string | null;
  metrics: MetricInput[];
}

function finite(field: string, value: number | null | undefined, required: boolean): number | null {
  if (value === null || value === undefined) {
    if (required) throw invalid(field, "is required");
    return null;
  }
  if (typeof value !== "number" || !Number.isFinite(value)) throw invalid(field, "must be a finite number");
  return value;
}

export function validateMetrics(metrics: MetricInput[] | null | undefined) {
  if (!metrics || metrics.length === 0) throw invalid("metrics", "at least one metric is required");
  if (metrics.length > MAX_METRICS) throw invalid("metrics", `at most ${MAX_METRICS} metrics`);
  const seen = new Set<string>();
  return metrics.map((m, i) => {
    const name = requiredText(`metrics.${i}.name`, m.name, LIMITS.name);
    const value = finite(`metrics.${i}.value`, m.value, true)!;
    const threshold = finite(`metrics.${i}.threshold`, m.threshold, false);
    const direction = oneOf(`metrics.${i}.direction`, m.direction, DIRECTIONS) ?? "HIGHER_IS_BETTER";
    const slice = optionalText(`metrics.${i}.slice`, m.slice, LIMITS.short) ?? "";
    const key = JSON.stringify([name, slice]);
    if (seen.has(key)) throw invalid(`metrics.${i}.name`, `metric "${name}"${slice ? ` on slice "${slice}"` : ""} is given more than once`);
    seen.add(key);
    return { name, value, threshold, direction, slice, passed: metricPassed(value, threshold, direction) };
  });
}

export function validateEvaluation(i: RecordEvaluationInput) {
  const modelVersionId = requiredText("modelVersionId", i.modelVersionId, 100);
  const datasetVersionId = optionalText("datasetVersionId", i.datasetVersionId, 100) ?? null;
  const suite = requiredText("suite", i.suite, LIMITS.name);
  const runId = optionalText("runId", i.runId, LIMITS.short) ?? null;
  const runUrl = optionalUri("runUrl", i.runUrl) ?? null;
  const notes = optionalText("notes", i.notes) ?? null;
  const evaluatedAt = dateValue("evaluatedAt", i.evaluatedAt) ?? new Date();
  const metrics = validateMetrics(i.metrics);
  return { modelVersionId, datasetVersionId, suite, runId, runUrl, notes, evaluatedAt, metrics, passed: evaluationPassed(metrics) };
}
