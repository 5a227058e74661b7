// Batch reads for DataLoaders, each one statement, results in the order of the given ids.
import { z } from "zod";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";

/** The keys of one DataLoader batch (the API's loaders hold at most 1000). */
const keys = z.array(z.string()).max(1_000);
const unique = (ids: readonly string[]) => [...new Set(ids)];

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

/** The components of each release, by position. */
export const loadReleaseComponents = useCase({
  permission: Permission.READ,
  input: z.object({ ids: keys }),
  async run({ ids }) {
    const rows = await reader().releaseComponent.findMany({
      where: { releaseId: { in: unique(ids) } },
      orderBy: [{ releaseId: "asc" }, { position: "asc" }],
    });
    const groups = new Map<string, typeof rows>(ids.map((id) => [id, []]));
    for (const r of rows) groups.get(r.releaseId)?.push(r);
    return ids.map((id) => groups.get(id)!);
  },
});

/** Releases by id (null for unknown or foreign ids). */
export const loadReleases = useCase({
  permission: Permission.READ,
  input: z.object({ ids: keys }),
  async run({ ids }) {
    const rows = await reader().release.findMany({ where: { id: { in: unique(ids) } } });
    return byId(ids, rows);
  },
});
