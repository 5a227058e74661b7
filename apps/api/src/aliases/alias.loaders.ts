// Per-request DataLoaders of aliases by model (one batch, only the columns the operation selects).
import * as core from "@canon/core";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../graphql/context";
import { columnReads, columnsFor, fieldsSelectedOn, perOperation } from "../models/selected-columns";

type AliasRow = Awaited<ReturnType<typeof core.loadModelAliases>>[number][number];

// The columns each field of Alias reads (same-named columns, plus these field resolvers).
const ALIAS_READS = columnReads(core.AliasColumn, { version: ["versionId"], model: ["modelId"] });

const aliasColumns = perOperation((info) => {
  const columns = columnsFor(fieldsSelectedOn(info, "Alias"), ALIAS_READS, ["id", "modelId"]);
  return { columns, key: `aliases:by-model:${columns?.join(",") ?? "*"}` };
});

/** The aliases of each model (one query per batch), reading only the columns the operation needs. */
export const aliasesOfModel = (ctx: Context, info: GraphQLResolveInfo) => {
  const { columns, key } = aliasColumns(info);
  return ctx.loaders.get<string, AliasRow[]>(key, (actor, ids) => core.loadModelAliases({ actor, ids: [...ids], columns }));
};
