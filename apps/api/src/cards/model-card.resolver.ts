import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../graphql/allow";
import { toConnection } from "../graphql/connection";
import type { Context } from "../graphql/context";
import { PageArgs } from "../graphql/page-args";
import { modelVersionById } from "../versions/model-version.loaders";
import { ModelVersion } from "../versions/model-version.type";
import { SaveModelCardInput } from "./model-card.input";
import { CardCompleteness, ModelCard, ModelCardConnection } from "./model-card.type";

@Resolver(() => ModelCard)
export class ModelCardResolver {
  @Allow(Permission.READ)
  @Query(() => ModelCard, { nullable: true, description: "The latest revision of a version's card; null when none was saved" })
  modelCard(@Ctx() ctx: Context, @Arg("modelVersionId", () => ID) modelVersionId: string) {
    return core.getModelCard({ actor: ctx.actor!, modelVersionId });
  }

  @Allow(Permission.READ)
  @Query(() => ModelCard, { description: "One revision of a version's card" })
  modelCardRevision(@Ctx() ctx: Context, @Arg("modelVersionId", () => ID) modelVersionId: string, @Arg("revision", () => Int) revision: number) {
    return core.getModelCardRevision({ actor: ctx.actor!, modelVersionId, revision });
  }

  @Allow(Permission.READ)
  @Query(() => ModelCardConnection, { description: "Every revision of a version's card, newest first" })
  async modelCardHistory(@Ctx() ctx: Context, @Arg("modelVersionId", () => ID) modelVersionId: string, @Args(() => PageArgs) page: PageArgs) {
    return toConnection(await core.listModelCardHistory({ actor: ctx.actor!, modelVersionId, page }));
  }

  @Allow(Permission.WRITE)
  @Mutation(() => ModelCard, { description: "Save a version's card as its next revision" })
  saveModelCard(@Ctx() ctx: Context, @Arg("input", () => SaveModelCardInput) input: SaveModelCardInput) {
    return core.saveModelCard({ actor: ctx.actor!, input });
  }

  @FieldResolver(() => CardCompleteness, { description: "Computed from the filled sections and each framework's requirements" })
  completeness(@Root() card: ModelCard) {
    return core.cardCompleteness(card);
  }

  @FieldResolver(() => ModelVersion, { nullable: true })
  modelVersion(@Root() card: ModelCard, @Ctx() ctx: Context) {
    return modelVersionById(ctx).load(card.modelVersionId);
  }
}
