// Batch reads for DataLoaders, each one statement, results in the order of the given ids.
import type { Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { inOrg } from "../shared/scope";
import { reader } from "../shared/transaction";

const unique = (ids: readonly string[]) => [...new Set(ids)];

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

/** The components of each release, by position. */
export async function loadReleaseComponents(opts: { actor: Actor; ids: readonly string[] }) {
  authorize(opts.actor, Permission.READ);
  const rows = await reader().releaseComponent.findMany({
    where: { releaseId: { in: unique(opts.ids) }, release: { organizationId: opts.actor.organizationId } },
    orderBy: [{ releaseId: "asc" }, { position: "asc" }],
  });
  const groups = new Map<string, typeof rows>(opts.ids.map((id) => [id, []]));
  for (const r of rows) groups.get(r.releaseId)?.push(r);
  return opts.ids.map((id) => groups.get(id)!);
}

/** Releases by id (null for unknown or foreign ids). */
export async function loadReleases(opts: { actor: Actor; ids: readonly string[] }) {
  authorize(opts.actor, Permission.READ);
  const rows = await reader().release.findMany({ where: inOrg(opts.actor, { id: { in: unique(opts.ids) } }) });
  return byId(opts.ids, rows);
}
