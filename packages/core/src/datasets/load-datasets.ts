// Batch loads for the API's DataLoaders: one query for all keys, results in key order, scoped to the
// caller's organisation (another tenant's id loads as null).
import { z } from "zod";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";

/** The keys of one DataLoader batch (the API's loaders hold at most 1000). */
const MAX_KEYS = 1_000;
const keys = z.array(z.string()).max(MAX_KEYS);

export const loadDatasets = useCase({
  permission: Permission.READ,
  input: z.object({ ids: keys }),
  async run({ ids }) {
    const rows = await reader().dataset.findMany({ where: { id: { in: [...new Set(ids)] } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  },
});

export const loadDatasetVersions = useCase({
  permission: Permission.READ,
  input: z.object({ ids: keys }),
  async run({ ids }) {
    const rows = await reader().datasetVersion.findMany({ where: { id: { in: [...new Set(ids)] } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  },
});

export const MAX_LATEST_DATASET_VERSIONS = 20;

/**
 * The newest `count` versions of each dataset, newest first. Numbers have no gaps, so those are the
 * versions numbered above latestVersionNumber - count: one query for every dataset of the page.
 */
export const loadLatestDatasetVersions = useCase({
  permission: Permission.READ,
  input: z.object({
    datasets: z.array(z.object({ id: z.string(), latestVersionNumber: z.number() })).max(MAX_KEYS),
    count: z.number(),
  }),
  async run({ datasets, count: wantedCount }) {
    const count = Math.max(1, Math.min(MAX_LATEST_DATASET_VERSIONS, Math.trunc(wantedCount)));
    const wanted = datasets.filter((d) => d.latestVersionNumber > 0);
    const rows = wanted.length
      ? await reader().datasetVersion.findMany({
          where: { OR: wanted.map((d) => ({ datasetId: d.id, number: { gt: d.latestVersionNumber - count } })) },
          orderBy: [{ datasetId: "asc" }, { number: "desc" }],
        })
      : [];
    const byDataset = new Map<string, typeof rows>();
    for (const r of rows) byDataset.set(r.datasetId, [...(byDataset.get(r.datasetId) ?? []), r]);
    return datasets.map((d) => (byDataset.get(d.id) ?? []).slice(0, count));
  },
});
