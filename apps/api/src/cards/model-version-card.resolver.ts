// The card field on ModelVersion, batched per request.
import * as core from "@canon/core";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../graphql/context";
import { ModelVersion } from "../versions/model-version.type";
import { ModelCard } from "./model-card.type";

const cardOfVersion = (ctx: Context) =>
  ctx.loaders.get<string, core.ModelCardView | null>("cards:latest-by-version", (actor, ids) => core.loadVersionCards({ actor, ids: [...ids] }));

@Resolver(() => ModelVersion)
export class ModelVersionCardResolver {
  @FieldResolver(() => ModelCard, { nullable: true, description: "The latest revision of this version's card" })
  card(@Root() version: ModelVersion, @Ctx() ctx: Context) {
    return cardOfVersion(ctx).load(version.id);
  }
}
