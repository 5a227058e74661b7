// Per-request DataLoaders of evaluations by model version (one batch, constant statements).
import * as core from "@canon/core";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../graphql/context";
import { columnReads, columnsFor, fieldsSelectedOn, perOperation } from "../models/selected-columns";

type EvaluationRow = Awaited<ReturnType<typeof core.loadVersionEvaluations>>[number][number];

export const evaluationsOfVersion = (ctx: Context) =>
  ctx.loaders.get<string, EvaluationRow[]>("evaluations:by-version", (actor, ids) => core.loadVersionEvaluations({ actor, ids: [...ids] }));

// The columns each field of Evaluation and EvaluationMetric reads (same-named columns, plus these).
const EVALUATION_READS = columnReads(core.EvaluationColumn, { modelVersion: ["modelVersionId"], datasetVersion: ["datasetVersionId"], metrics: [] });
const METRIC_READS = columnReads(core.EvaluationMetricColumn, {});

/** The columns the operation's Evaluation and EvaluationMetric selections need, or undefined for every column. */
function columnsOf(info: GraphQLResolveInfo): core.EvaluationColumns | undefined {
  const fields = fieldsSelectedOn(info, "Evaluation");
  const evaluation = columnsFor(fields, EVALUATION_READS, []);
  if (!evaluation) return undefined;
  if (!fields.has("metrics")) return { evaluation, metrics: null };
  const metrics = columnsFor(fieldsSelectedOn(info, "EvaluationMetric"), METRIC_READS, []);
  return metrics ? { evaluation, metrics } : undefined;
}

const evaluationColumns = perOperation((info) => {
  const columns = columnsOf(info);
  const key = columns ? `${columns.evaluation.join(",")}|${columns.metrics?.join(",") ?? "-"}` : "*";
  return { columns, key: `evaluations:latest-by-version:${key}` };
});

/** The latest evaluation of each suite, reading only the columns the operation needs. */
export const latestEvaluationsOfVersion = (ctx: Context, info: GraphQLResolveInfo) => {
  const { columns, key } = evaluationColumns(info);
  return ctx.loaders.get<string, EvaluationRow[]>(key, (actor, ids) => core.loadLatestVersionEvaluations({ actor, ids: [...ids], columns }));
};
