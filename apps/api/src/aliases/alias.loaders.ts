import * as core from "@canon/core";
import type { Context } from "../graphql/context";

type AliasRow = Awaited<ReturnType<typeof core.loadModelAliases>>[number][number];

/** The aliases of each model (one query per batch). */
export const aliasesOfModel = (ctx: Context) =>
  ctx.loaders.get<string, AliasRow[]>("aliases:by-model", (actor, ids) => core.loadModelAliases({ actor, ids }));
