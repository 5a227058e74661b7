// Per-request DataLoaders of model versions (one query per batch). Other areas (evaluations, cards,
// releases, deployments) can use `modelVersionById` to resolve a version id without N+1.
import * as core from "@canon/core";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../graphql/context";
import { columnReads, columnsFor, fieldsReturning, fieldsSelectedOn, perOperation } from "../models/selected-columns";

type VersionRow = NonNullable<Awaited<ReturnType<typeof core.loadModelVersions>>[number]>;
type LineageRow = Awaited<ReturnType<typeof core.loadModelVersionLineage>>[number][number];

export const modelVersionById = (ctx: Context) =>
  ctx.loaders.get<string, VersionRow | null>("versions:by-id", (actor, ids) => core.loadModelVersions({ actor, ids: [...ids] }));

// The columns each field of ModelVersion reads: same-named columns, plus the field resolvers of this
// area and of the evaluations area. A field not listed (e.g. one another area adds) means every column.
const VERSION_READS = columnReads(core.ModelVersionColumn, {
  model: ["modelId"],
  parent: ["parentVersionId"],
  lineage: [],
  tags: [],
  evaluations: [],
  latestEvaluations: [],
});

/**
 * The columns for the operation's version loads, when every version it selects is reached through
 * Model.latestVersion (anything else shares `modelVersionById`, which reads every column).
 */
const versionColumns = perOperation((info) => {
  if ([...fieldsReturning(info, "ModelVersion")].some((field) => field !== "Model.latestVersion")) return undefined;
  const columns = columnsFor(fieldsSelectedOn(info, "ModelVersion"), VERSION_READS, ["id"]);
  return columns && { columns, key: `versions:by-id:${columns.join(",")}` };
});

/**
 * Versions by id for Model.latestVersion: reads only the columns the operation needs (see
 * selected-columns.ts); otherwise the shared `modelVersionById`.
 */
export const latestVersionLoader = (ctx: Context, info: GraphQLResolveInfo) => {
  const selection = versionColumns(info);
  if (!selection) return modelVersionById(ctx);
  const { columns, key } = selection;
  return ctx.loaders.get<string, VersionRow | null>(key, (actor, ids) => core.loadModelVersions({ actor, ids: [...ids], columns }));
};

export const modelVersionTags = (ctx: Context) =>
  ctx.loaders.get<string, string[]>("versions:tags", (actor, ids) => core.loadModelVersionTags({ actor, ids: [...ids] }));

export const modelVersionLineage = (ctx: Context) =>
  ctx.loaders.get<string, LineageRow[]>("versions:lineage", (actor, ids) => core.loadModelVersionLineage({ actor, ids: [...ids] }));
