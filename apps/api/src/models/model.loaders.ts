// Per-request DataLoaders of the models area (one query per batch). Other areas may use them too.
import * as core from "@canon/core";
import type { Context } from "../graphql/context";

type ModelRow = NonNullable<Awaited<ReturnType<typeof core.loadModels>>[number]>;
type SystemRow = NonNullable<Awaited<ReturnType<typeof core.loadModelSystems>>[number]>;

export const modelById = (ctx: Context) => ctx.loaders.get<string, ModelRow | null>("models:by-id", (actor, ids) => core.loadModels({ actor, ids }));

export const modelTags = (ctx: Context) => ctx.loaders.get<string, string[]>("models:tags", (actor, ids) => core.loadModelTags({ actor, ids }));

export const aiSystemOfModel = (ctx: Context) =>
  ctx.loaders.get<string, SystemRow | null>("models:system-by-id", (actor, ids) => core.loadModelSystems({ actor, ids }));
