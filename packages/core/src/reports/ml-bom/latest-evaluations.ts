// A model version's evaluation results as an ML-BOM states them: the latest run of each suite as of the
// instant (by evaluatedAt, then by when it was recorded), with its metrics. Earlier runs of a suite are
// history, not the version's current results.
import type { MetricDirectionValue, MlBomEvaluation, MlBomMetric } from "@canon/reports";
import type { AuditRecord, ComplianceRecords } from "../../gaps/compliance-records";
import { list } from "../../gaps/record-fields";
import { bool, instant, num, text } from "./ml-bom-fields";

/** The latest evaluation record of each suite, per model version id. */
export function latestEvaluations(records: ComplianceRecords): Map<string, AuditRecord[]> {
  const latest = new Map<string, Map<string, AuditRecord>>();
  for (const evaluation of records.evaluations.values()) {
    const versionId = text(evaluation, "modelVersionId");
    const suite = text(evaluation, "suite");
    if (!versionId || suite === null) continue;
    const suites = latest.get(versionId) ?? new Map<string, AuditRecord>();
    latest.set(versionId, suites);
    const current = suites.get(suite);
    if (!current || isLater(evaluation, current)) suites.set(suite, evaluation);
  }
  return new Map([...latest].map(([versionId, suites]) => [versionId, [...suites.values()]]));
}

function isLater(a: AuditRecord, b: AuditRecord): boolean {
  const key = (e: AuditRecord) => [text(e, "evaluatedAt") ?? "", text(e, "createdAt") ?? "", String(e.id)].join("|");
  return key(a) > key(b);
}

export function evaluationEntry(evaluation: AuditRecord): MlBomEvaluation {
  return {
    suite: text(evaluation, "suite") ?? "",
    evaluatedAt: instant(evaluation, "evaluatedAt"),
    passed: bool(evaluation, "passed"),
    datasetVersionId: text(evaluation, "datasetVersionId"),
    metrics: (list(evaluation, "metrics") as AuditRecord[]).map(metricEntry),
  };
}

function metricEntry(metric: AuditRecord): MlBomMetric {
  return {
    name: text(metric, "name") ?? "",
    value: num(metric, "value") ?? 0,
    slice: text(metric, "slice") ?? "",
    threshold: num(metric, "threshold"),
    direction: (text(metric, "direction") ?? "HIGHER_IS_BETTER") as MetricDirectionValue,
    passed: typeof metric.passed === "boolean" ? metric.passed : null,
  };
}
