// Per-request DataLoaders of datasets and their versions (one query per batch). Other areas
// (evaluations) can use `datasetVersionById`.
import * as core from "@canon/core";
import type { Context } from "../graphql/context";

type DatasetRow = NonNullable<Awaited<ReturnType<typeof core.loadDatasets>>[number]>;
type DatasetVersionRow = NonNullable<Awaited<ReturnType<typeof core.loadDatasetVersions>>[number]>;
type DatasetKey = { id: string; latestVersionNumber: number };

export const datasetById = (ctx: Context) =>
  ctx.loaders.get<string, DatasetRow | null>("datasets:by-id", (actor, ids) => core.loadDatasets({ actor, ids: [...ids] }));

export const datasetVersionById = (ctx: Context) =>
  ctx.loaders.get<string, DatasetVersionRow | null>("datasets:version-by-id", (actor, ids) => core.loadDatasetVersions({ actor, ids: [...ids] }));

/** The newest `count` versions of each dataset; one loader (one query) per distinct count in a request. */
export const latestDatasetVersions = (ctx: Context, count: number) =>
  ctx.loaders.get<DatasetKey, DatasetVersionRow[]>(`datasets:latest-versions:${count}`, (actor, datasets) =>
    core.loadLatestDatasetVersions({ actor, datasets: [...datasets], count }),
  );
