// Batch reads for DataLoaders: the evaluations of many model versions in a constant number of
// statements, returned in the order of the given ids (an empty list for unknown or foreign ids).
import type { Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { inOrg } from "../shared/scope";
import { reader } from "../shared/transaction";
import { EVALUATION_INCLUDE, EVALUATION_ORDER } from "./evaluation-include";

type Row = { modelVersionId: string };

export function groupByVersion<T extends Row>(ids: readonly string[], rows: T[]): T[][] {
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

