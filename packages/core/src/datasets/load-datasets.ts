// Batch loads for the API's DataLoaders: one query for all keys, results in key order, scoped to the
// caller's organisation (another tenant's id loads as null).
import type { Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";

export async function loadDatasets(opts: { actor: Actor; ids: readonly string[] }) {
  authorize(opts.actor, Permission.READ);
  const rows = await reader().dataset.findMany({ where: { id: { in: [...new Set(opts.ids)] }, organizationId: opts.actor.organizationId } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return opts.ids.map((id) => byId.get(id) ?? null);
}

export async function loadDatasetVersions(opts: { actor: Actor; ids: readonly string[] }) {
  authorize(opts.actor, Permission.READ);
  const rows = await reader().datasetVersion.findMany({ where: { id: { in: [...new Set(opts.ids)] }, organizationId: opts.actor.organizationId } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return opts.ids.map((id) => byId.get(id) ?? null);
}

export const MAX_LATEST_DATASET_VERSIONS = 20;

/**
 * The newest `count` versions of each dataset, newest first. Numbers have no gaps, so those are the
 * versions numbered above latestVersionNumber - count: one query for every dataset of the page.
 */
export async function loadLatestDatasetVersions(opts: { actor: Actor; datasets: readonly { id: string; latestVersionNumber: number }[]; count: number }) {
  authorize(opts.actor, Permission.READ);
  const count = Math.max(1, Math.min(MAX_LATEST_DATASET_VERSIONS, Math.trunc(opts.count)));
  const wanted = opts.datasets.filter((d) => d.latestVersionNumber > 0);
  const rows = wanted.length
    ? await reader().datasetVersion.findMany({
        where: {
          organizationId: opts.actor.organizationId,
          OR: wanted.map((d) => ({ datasetId: d.id, number: { gt: d.latestVersionNumber - count } })),
        },
        orderBy: [{ datasetId: "asc" }, { number: "desc" }],
      })
    : [];
  const byDataset = new Map<string, typeof rows>();
  for (const r of rows) byDataset.set(r.datasetId, [...(byDataset.get(r.datasetId) ?? []), r]);
  return opts.datasets.map((d) => (byDataset.get(d.id) ?? []).slice(0, count));
}
