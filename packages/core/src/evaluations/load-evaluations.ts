// Batch reads for DataLoaders: the evaluations of many model versions in a constant number of
// statements, returned in the order of the given ids (an empty list for unknown or foreign ids).
import { z } from "zod";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { EVALUATION_INCLUDE, EVALUATION_ORDER } from "./evaluation-include";

/** The keys of one DataLoader batch (the API's loaders hold at most 1000). */
export const loadKeys = z.array(z.string()).max(1_000);

type Row = { modelVersionId: string };

export function groupByVersion<T extends Row>(ids: readonly string[], rows: T[]): T[][] {
  const byId = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) byId.get(row.modelVersionId)?.push(row);
  return ids.map((id) => byId.get(id)!);
}

/** Every evaluation of each version, newest first. */
export const loadVersionEvaluations = useCase({
  permission: Permission.READ,
  input: z.object({ ids: loadKeys }),
  async run({ ids }) {
    const rows = await reader().evaluation.findMany({
      where: { modelVersionId: { in: [...new Set(ids)] } },
      orderBy: EVALUATION_ORDER,
      include: EVALUATION_INCLUDE,
    });
    return groupByVersion(ids, rows);
  },
});
