// Batch loads for the API's DataLoaders: one query for all keys, results in key order, scoped to the
// caller's organisation (another tenant's id loads as null).
import type { Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";

export async function loadModelVersions(opts: { actor: Actor; ids: readonly string[] }) {
  authorize(opts.actor, Permission.READ);
  const rows = await reader().modelVersion.findMany({ where: { id: { in: [...new Set(opts.ids)] }, organizationId: opts.actor.organizationId } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return opts.ids.map((id) => byId.get(id) ?? null);
}

/** Tags of each version, sorted. */
export async function loadModelVersionTags(opts: { actor: Actor; ids: readonly string[] }) {
  authorize(opts.actor, Permission.READ);
  const rows = await reader().modelVersionTag.findMany({
    where: { versionId: { in: [...new Set(opts.ids)] }, version: { organizationId: opts.actor.organizationId } },
    orderBy: { tag: "asc" },
  });
  const byVersion = new Map<string, string[]>();
  for (const r of rows) byVersion.set(r.versionId, [...(byVersion.get(r.versionId) ?? []), r.tag]);
  return opts.ids.map((id) => byVersion.get(id) ?? []);
}

/** The dataset versions each model version was built from, with their role. */
export async function loadModelVersionLineage(opts: { actor: Actor; ids: readonly string[] }) {
  authorize(opts.actor, Permission.READ);
  const rows = await reader().modelVersionDataset.findMany({
    where: { versionId: { in: [...new Set(opts.ids)] }, version: { organizationId: opts.actor.organizationId } },
    include: { datasetVersion: true },
    orderBy: [{ role: "asc" }, { datasetVersionId: "asc" }],
  });
  const byVersion = new Map<string, typeof rows>();
  for (const r of rows) byVersion.set(r.versionId, [...(byVersion.get(r.versionId) ?? []), r]);
  return opts.ids.map((id) => byVersion.get(id) ?? []);
}
