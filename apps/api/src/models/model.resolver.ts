import * as core from "@canon/core";
import { Permission } from "@canon/core";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, registerEnumType, Resolver, Root } from "type-graphql";
import { Alias } from "../aliases/alias.type";
import { aliasesOfModel } from "../aliases/alias.loaders";
import { Allow } from "../graphql/allow";
import { toConnection } from "../graphql/connection";
import type { Context } from "../graphql/context";
import { PageArgs } from "../graphql/page-args";
import { AISystem } from "../systems/ai-system.type";
import { latestVersionLoader } from "../versions/model-version.loaders";
import { ModelVersion } from "../versions/model-version.type";
import { aiSystemOfModel, modelTags } from "./model.loaders";
import { CreateModelInput, ModelFieldsInput, ModelFilter, ModelOrder, ModelSortField } from "./model.input";
import { Model, ModelConnection } from "./model.type";

registerEnumType(ModelSortField, { name: "ModelSortField" });

@Resolver(() => Model)
export class ModelResolver {
  @Allow(Permission.READ)
  @Query(() => Model, { description: "One model of the caller's organisation" })
  model(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return core.getModel({ actor: ctx.actor!, id });
  }

  @Allow(Permission.READ)
  @Query(() => ModelConnection)
  async models(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => ModelFilter, { nullable: true }) filter?: ModelFilter,
    @Arg("orderBy", () => ModelOrder, { nullable: true }) orderBy?: ModelOrder,
  ) {
    return toConnection(await core.listModels({ actor: ctx.actor!, filter, orderBy, page }));
  }

  @Allow(Permission.WRITE)
  @Mutation(() => Model)
  createModel(@Ctx() ctx: Context, @Arg("input", () => CreateModelInput) input: CreateModelInput) {
    return core.createModel({ actor: ctx.actor!, input });
  }

  @Allow(Permission.WRITE)
  @Mutation(() => Model)
  updateModel(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("input", () => ModelFieldsInput) input: ModelFieldsInput) {
    return core.updateModel({ actor: ctx.actor!, id, input });
  }

  @FieldResolver(() => [String])
  tags(@Root() model: Model, @Ctx() ctx: Context) {
    return modelTags(ctx).load(model.id);
  }

  @FieldResolver(() => [String])
  capabilityTags(@Root() model: Model) {
    return Array.isArray(model.capabilityTags) ? model.capabilityTags : [];
  }

  @FieldResolver(() => ModelVersion, { nullable: true, description: "The most recently registered version" })
  latestVersion(@Root() model: Model, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return model.latestVersionId ? latestVersionLoader(ctx, info).load(model.latestVersionId) : null;
  }

  @FieldResolver(() => [Alias], { description: "The model's aliases, by name" })
  aliases(@Root() model: Model, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return aliasesOfModel(ctx, info).load(model.id);
  }

  @FieldResolver(() => AISystem, { nullable: true })
  system(@Root() model: Model, @Ctx() ctx: Context) {
    return model.systemId ? aiSystemOfModel(ctx).load(model.systemId) : null;
  }
}
