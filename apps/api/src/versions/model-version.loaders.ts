// Per-request DataLoaders of model versions (one query per batch). Other areas (evaluations, cards,
// releases, deployments) can use `modelVersionById` to resolve a version id without N+1.
import * as core from "@canon/core";
import type { Context } from "../graphql/context";

type VersionRow = NonNullable<Awaited<ReturnType<typeof core.loadModelVersions>>[number]>;
type LineageRow = Awaited<ReturnType<typeof core.loadModelVersionLineage>>[number][number];

export const modelVersionById = (ctx: Context) =>
  ctx.loaders.get<string, VersionRow | null>("versions:by-id", (actor, ids) => core.loadModelVersions({ actor, ids }));

export const modelVersionTags = (ctx: Context) =>
  ctx.loaders.get<string, string[]>("versions:tags", (actor, ids) => core.loadModelVersionTags({ actor, ids }));

export const modelVersionLineage = (ctx: Context) =>
  ctx.loaders.get<string, LineageRow[]>("versions:lineage", (actor, ids) => core.loadModelVersionLineage({ actor, ids }));
