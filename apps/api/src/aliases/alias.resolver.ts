import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../graphql/allow";
import { toConnection } from "../graphql/connection";
import type { Context } from "../graphql/context";
import { PageArgs } from "../graphql/page-args";
import { modelById } from "../models/model.loaders";
import { Model } from "../models/model.type";
import { modelVersionById } from "../versions/model-version.loaders";
import { ModelVersion } from "../versions/model-version.type";
import { Alias, AliasConnection, AliasHistoryConnection, SetAliasInput } from "./alias.type";

@Resolver(() => Alias)
export class AliasResolver {
  @Allow(Permission.READ)
  @Query(() => AliasConnection, { description: "The aliases of a model, by name" })
  async aliases(@Ctx() ctx: Context, @Arg("modelId", () => ID) modelId: string, @Args(() => PageArgs) page: PageArgs) {
    return toConnection(await core.listAliases({ actor: ctx.actor!, modelId, page }));
  }

  @Allow(Permission.READ)
  @Query(() => ModelVersion, { description: "The version an alias points to (give modelId or modelName): what a pipeline fetches" })
  modelVersionByAlias(
    @Ctx() ctx: Context,
    @Arg("alias", () => String) alias: string,
    @Arg("modelId", () => ID, { nullable: true }) modelId?: string,
    @Arg("modelName", () => String, { nullable: true }) modelName?: string,
  ) {
    return core.resolveAlias({ actor: ctx.actor!, modelId, modelName, alias });
  }

  @Allow(Permission.READ)
  @Query(() => AliasHistoryConnection, { description: "Every set, move and removal of an alias, newest first" })
  async aliasHistory(
    @Ctx() ctx: Context,
    @Arg("modelId", () => ID) modelId: string,
    @Arg("name", () => String) name: string,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return toConnection(await core.listAliasHistory({ actor: ctx.actor!, modelId, name, page }));
  }

  @Allow(Permission.WRITE)
  @Mutation(() => Alias, {
    description:
      "Creates an alias or moves it to another version of the same model; a protected alias is refused (PRECONDITION_FAILED): use requestApproval or rollbackAlias",
  })
  setAlias(@Ctx() ctx: Context, @Arg("input", () => SetAliasInput) input: SetAliasInput) {
    return core.setAlias({ actor: ctx.actor!, input });
  }

  @Allow(Permission.WRITE)
  @Mutation(() => Alias, { description: "Removes an alias (not a protected one); returns it as it was" })
  deleteAlias(
    @Ctx() ctx: Context,
    @Arg("modelId", () => ID) modelId: string,
    @Arg("name", () => String) name: string,
    @Arg("reason", () => String, { nullable: true }) reason?: string,
  ) {
    return core.deleteAlias({ actor: ctx.actor!, modelId, name, reason });
  }

  @FieldResolver(() => ModelVersion, { description: "The version the alias points to" })
  version(@Root() alias: Alias, @Ctx() ctx: Context) {
    return modelVersionById(ctx).load(alias.versionId);
  }

  @FieldResolver(() => Model)
  model(@Root() alias: Alias, @Ctx() ctx: Context) {
    return modelById(ctx).load(alias.modelId);
  }
}
