// A recorded evaluation and its metrics as a zod schema. Every refusal names its field and happens
// before the write transaction, so a refused evaluation writes nothing. Pass/fail is derived here.
import { MetricDirection } from "@canon/db";
import { NIST_TRUSTWORTHINESS_CHARACTERISTICS } from "@canon/frameworks";
import { z } from "zod";
import { dateTime, httpUrl, id, LIMITS, optional, optionalEnum, optionalText, requiredText } from "../shared/input";
import { evaluationPassed, metricPassed } from "./metric-outcome";

export const MAX_METRICS = 500;

const finite = z.number().refine((v) => Number.isFinite(v), "must be a finite number");

export const metricInput = z.object({
  name: requiredText(LIMITS.name),
  value: finite,
  threshold: finite.nullish(),
  /** Default HIGHER_IS_BETTER. */
  direction: optionalEnum(MetricDirection),
  /** Data slice the value was measured on (e.g. "age>=65"); omitted for the whole set. */
  slice: optionalText(LIMITS.short),
});
export type MetricInput = z.input<typeof metricInput>;

/** At least one metric; (name, slice) once per evaluation. */
const metricList = z
  .array(metricInput)
  .min(1, "at least one metric is required")
  .max(MAX_METRICS, `at most ${MAX_METRICS} metrics`)
  .superRefine((metrics, ctx) => {
    const seen = new Set<string>();
    metrics.forEach((m, i) => {
      const key = JSON.stringify([m.name, m.slice ?? ""]);
      if (seen.has(key)) {
        ctx.addIssue({ code: "custom", path: [i, "name"], message: `metric "${m.name}"${m.slice ? ` on slice "${m.slice}"` : ""} is given more than once` });
      }
      seen.add(key);
    });
  });

export const recordEvaluationInput = z.object({
  modelVersionId: id,
  datasetVersionId: optionalText(100),
  suite: requiredText(LIMITS.name),
  runId: optionalText(LIMITS.short),
  /** A web link to the evaluation run. */
  runUrl: optional(httpUrl),
  notes: optionalText(),
  /** The NIST AI RMF trustworthiness characteristic it measures (VALID_RELIABLE, SAFE, SECURE_RESILIENT, FAIR…). */
  characteristic: z.enum(NIST_TRUSTWORTHINESS_CHARACTERISTICS.map((c) => c.id) as [string, ...string[]]).nullish(),
  /** When the run happened; default now. */
  evaluatedAt: dateTime.nullish(),
  metrics: metricList,
});
export type RecordEvaluationInput = z.input<typeof recordEvaluationInput>;

/** Column values of the evaluation and its metrics, with metric and overall pass/fail derived. */
export function evaluationData(i: z.output<typeof recordEvaluationInput>) {
  const metrics = i.metrics.map((m) => {
    const direction = m.direction ?? "HIGHER_IS_BETTER";
    const threshold = m.threshold ?? null;
    return { name: m.name, value: m.value, threshold, direction, slice: m.slice ?? "", passed: metricPassed(m.value, threshold, direction) };
  });
  return {
    modelVersionId: i.modelVersionId,
    datasetVersionId: i.datasetVersionId ?? null,
    suite: i.suite,
    runId: i.runId ?? null,
    runUrl: i.runUrl ?? null,
    notes: i.notes ?? null,
    characteristic: i.characteristic ?? null,
    evaluatedAt: i.evaluatedAt ?? new Date(),
    metrics,
    passed: evaluationPassed(metrics),
  };
}
