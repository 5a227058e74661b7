// Batch read for DataLoaders: the latest evaluation of each suite of many model versions, in two
// statements whatever the number of versions (one when the metrics are not wanted).
import { Prisma, type EvaluationMetricModel, type EvaluationModel } from "@canon/db";
import { z } from "zod";
import { Permission } from "../shared/permissions";
import { scopedOrganizationId } from "../shared/tenancy";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { sqlColumns, sqlId, T } from "../sql/names";
import { EVALUATION_INCLUDE } from "./evaluation-include";
import { groupByVersion, loadKeys } from "./load-evaluations";

type EvaluationColumn = Prisma.EvaluationScalarFieldEnum;
type LatestEvaluation = EvaluationModel & { metrics: EvaluationMetricModel[] };

/** Columns to read, for callers that know which fields they will use (the API, from the query). */
export const evaluationColumns = z.object({
  /** Evaluation columns (id, modelVersionId and suite are always read). */
  evaluation: z.array(z.enum(Prisma.EvaluationScalarFieldEnum)),
  /** Metric columns (id is always read), or null to leave the metrics out. */
  metrics: z.array(z.enum(Prisma.EvaluationMetricScalarFieldEnum)).nullable(),
});
export type EvaluationColumns = z.input<typeof evaluationColumns>;

const EVALUATION_COLUMNS = Object.values(Prisma.EvaluationScalarFieldEnum);
const METRIC_COLUMNS = Object.values(Prisma.EvaluationMetricScalarFieldEnum);

/** A quoted column list for raw SQL; only columns that sql/names.ts guards against the schema. */
function columnList(names: readonly EvaluationColumn[]): Prisma.Sql {
  for (const name of names)
    if (!(T.Evaluation.columns as readonly string[]).includes(name)) throw new Error(`not an Evaluation column in sql/names.ts: ${name}`);
  return sqlColumns(names);
}

/**
 * The most recent evaluation of each suite for each version, ordered by suite name, with its metrics
 * (by name, slice and id). Two runs of one suite at the same instant: the greatest id wins (the first in
 * EVALUATION_ORDER). The rows are picked and read by one window-function query (quoted identifiers:
 * SQLite and PostgreSQL alike; raw rows carry the same values and types as the ORM's), the metrics by a
 * second. With `columns`, only those columns are read: the rows then carry nothing else, whatever their
 * type says.
 */
export const loadLatestVersionEvaluations = useCase({
  permission: Permission.READ,
  input: z.object({ ids: loadKeys, columns: evaluationColumns.optional() }),
  async run({ ids, columns: wanted }) {
    const versionIds = [...new Set(ids)];
    if (versionIds.length === 0) return [];
    const db = reader();
    const columns = wanted ? [...new Set<EvaluationColumn>(["id", "modelVersionId", "suite", ...wanted.evaluation])] : EVALUATION_COLUMNS;
    const E = T.Evaluation;
    const rows = await db.$queryRaw<LatestEvaluation[]>`
      SELECT ${columnList(columns)} FROM (
        SELECT ${columnList(columns)}, ROW_NUMBER() OVER (PARTITION BY ${sqlId(E.c.modelVersionId)}, ${sqlId(E.c.suite)} ORDER BY ${sqlId(E.c.evaluatedAt)} DESC, ${sqlId(E.c.id)} DESC) AS "rank"
        FROM ${sqlId(E.name)}
        WHERE ${sqlId(E.c.organizationId)} = ${scopedOrganizationId()} AND ${sqlId(E.c.modelVersionId)} IN (${Prisma.join(versionIds)})
      ) AS "ranked"
      WHERE "rank" = 1`;
    const metricColumns = wanted ? wanted.metrics : METRIC_COLUMNS;
    if (rows.length > 0 && metricColumns) {
      const metrics: EvaluationMetricModel[] = await db.evaluationMetric.findMany({
        where: { evaluationId: { in: rows.map((r) => r.id) } },
        orderBy: EVALUATION_INCLUDE.metrics.orderBy,
        ...(wanted ? { select: Object.fromEntries(["id", "evaluationId", ...metricColumns].map((c) => [c, true])) } : {}),
      });
      const byEvaluation = new Map<string, EvaluationMetricModel[]>();
      for (const row of rows) byEvaluation.set(row.id, (row.metrics = []));
      for (const metric of metrics) byEvaluation.get(metric.evaluationId)!.push(metric);
    }
    rows.sort((a, b) => (a.suite < b.suite ? -1 : a.suite > b.suite ? 1 : 0));
    return groupByVersion(ids, rows);
  },
});
