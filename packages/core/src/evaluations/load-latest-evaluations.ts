// Batch read for DataLoaders: the latest evaluation of each suite of many model versions, in two
// statements whatever the number of versions (one when the metrics are not wanted).
import { Prisma, type EvaluationMetricModel, type EvaluationModel } from "@canon/db";
import type { Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { EVALUATION_INCLUDE } from "./evaluation-include";
import { groupByVersion } from "./load-evaluations";

type EvaluationColumn = Prisma.EvaluationScalarFieldEnum;
type MetricColumn = Prisma.EvaluationMetricScalarFieldEnum;
type LatestEvaluation = EvaluationModel & { metrics: EvaluationMetricModel[] };

/** Columns to read, for callers that know which fields they will use (the API, from the query). */
export interface EvaluationColumns {
  /** Evaluation columns (id, modelVersionId and suite are always read). */
  evaluation: readonly EvaluationColumn[];
  /** Metric columns (id is always read), or null to leave the metrics out. */
  metrics: readonly MetricColumn[] | null;
}

const EVALUATION_COLUMNS = Object.values(Prisma.EvaluationScalarFieldEnum);
const METRIC_COLUMNS = Object.values(Prisma.EvaluationMetricScalarFieldEnum);

/** A quoted column list for raw SQL; only names of the model's columns are accepted. */
function columnList(names: readonly EvaluationColumn[]): Prisma.Sql {
  for (const name of names) if (!EVALUATION_COLUMNS.includes(name)) throw new Error(`not an Evaluation column: ${name}`);
  return Prisma.raw(names.map((name) => `"${name}"`).join(", "));
}

/**
 * The most recent evaluation of each suite for each version, ordered by suite name, with its metrics
 * (by name, slice and id). Two runs of one suite at the same instant: the greatest id wins (the first in
 * EVALUATION_ORDER). The rows are picked and read by one window-function query (quoted identifiers:
 * SQLite and PostgreSQL alike; raw rows carry the same values and types as the ORM's), the metrics by a
 * second. With `columns`, only those columns are read: the rows then carry nothing else, whatever their
 * type says.
 */
export async function loadLatestVersionEvaluations(opts: { actor: Actor; ids: readonly string[]; columns?: EvaluationColumns }) {
  authorize(opts.actor, Permission.READ);
  const versionIds = [...new Set(opts.ids)];
  if (versionIds.length === 0) return [];
  const db = reader();
  const columns = opts.columns ? [...new Set<EvaluationColumn>(["id", "modelVersionId", "suite", ...opts.columns.evaluation])] : EVALUATION_COLUMNS;
  const rows = await db.$queryRaw<LatestEvaluation[]>`
    SELECT ${columnList(columns)} FROM (
      SELECT ${columnList(columns)}, ROW_NUMBER() OVER (PARTITION BY "modelVersionId", "suite" ORDER BY "evaluatedAt" DESC, "id" DESC) AS "rank"
      FROM "Evaluation"
      WHERE "organizationId" = ${opts.actor.organizationId} AND "modelVersionId" IN (${Prisma.join(versionIds)})
    ) AS "ranked"
    WHERE "rank" = 1`;
  const metricColumns = opts.columns ? opts.columns.metrics : METRIC_COLUMNS;
  if (rows.length > 0 && metricColumns) {
    const metrics: EvaluationMetricModel[] = await db.evaluationMetric.findMany({
      where: { evaluationId: { in: rows.map((r) => r.id) } },
      orderBy: EVALUATION_INCLUDE.metrics.orderBy,
      ...(opts.columns ? { select: Object.fromEntries(["id", "evaluationId", ...metricColumns].map((c) => [c, true])) } : {}),
    });
    const byEvaluation = new Map<string, EvaluationMetricModel[]>();
    for (const row of rows) byEvaluation.set(row.id, (row.metrics = []));
    for (const metric of metrics) byEvaluation.get(metric.evaluationId)!.push(metric);
  }
  rows.sort((a, b) => (a.suite < b.suite ? -1 : a.suite > b.suite ? 1 : 0));
  return groupByVersion(opts.ids, rows);
}
