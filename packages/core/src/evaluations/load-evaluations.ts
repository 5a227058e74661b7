// Batch reads for DataLoaders: the evaluations of many model versions in a constant number of
// statements, returned in the order of the given ids (an empty list for unknown or foreign ids).
import type { Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { inOrg } from "../shared/scope";
import { reader } from "../shared/transaction";
import { EVALUATION_INCLUDE, EVALUATION_ORDER } from "./evaluation-include";

type Row = { modelVersionId: string };

function groupByVersion<T extends Row>(ids: readonly string[], rows: T[]): T[][] {
  const byId = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) byId.get(row.modelVersionId)?.push(row);
  return ids.map((id) => byId.get(id)!);
}

/** Every evaluation of each version, newest first. */
export async function loadVersionEvaluations(opts: { actor: Actor; ids: readonly string[] }) {
  authorize(opts.actor, Permission.READ);
  const rows = await reader().evaluation.findMany({
    where: inOrg(opts.actor, { modelVersionId: { in: [...new Set(opts.ids)] } }),
    orderBy: EVALUATION_ORDER,
    include: EVALUATION_INCLUDE,
  });
  return groupByVersion(opts.ids, rows);
}

/** The most recent evaluation of each suite for each version (ordered by suite name). */
export async function loadLatestVersionEvaluations(opts: { actor: Actor; ids: readonly string[] }) {
  authorize(opts.actor, Permission.READ);
  const db = reader();
  const where = inOrg(opts.actor, { modelVersionId: { in: [...new Set(opts.ids)] } });
  const latest = await db.evaluation.groupBy({ by: ["modelVersionId", "suite"], where, _max: { evaluatedAt: true } });
  if (latest.length === 0) return opts.ids.map(() => []);
  const rows = await db.evaluation.findMany({
    where: { ...where, OR: latest.map((g) => ({ modelVersionId: g.modelVersionId, suite: g.suite, evaluatedAt: g._max.evaluatedAt! })) },
    orderBy: EVALUATION_ORDER,
    include: EVALUATION_INCLUDE,
  });
  // Two runs of one suite at the same instant: keep the first in EVALUATION_ORDER (the greatest id).
  const seen = new Set<string>();
  const unique = rows.filter((r) => {
    const key = `${r.modelVersionId}\u0000${r.suite}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  unique.sort((a, b) => (a.suite < b.suite ? -1 : a.suite > b.suite ? 1 : 0));
  return groupByVersion(opts.ids, unique);
}
