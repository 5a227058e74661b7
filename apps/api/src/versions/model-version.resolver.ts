import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Args, Ctx, ID, Mutation, Query, registerEnumType, Resolver } from "type-graphql";
import { Allow } from "../graphql/allow";
import { toConnection } from "../graphql/connection";
import type { Context } from "../graphql/context";
import { PageArgs } from "../graphql/page-args";
import { ModelVersionFilter, ModelVersionOrder, ModelVersionSortField, RegisterModelVersionInput, UpdateModelVersionInput } from "./model-version.input";
import { ModelVersion, ModelVersionConnection } from "./model-version.type";

registerEnumType(ModelVersionSortField, { name: "ModelVersionSortField" });

@Resolver(() => ModelVersion)
export class ModelVersionResolver {
  @Allow(Permission.READ)
  @Query(() => ModelVersion, { description: "One model version of the caller's organisation" })
  modelVersion(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return core.getModelVersion({ actor: ctx.actor!, id });
  }

  @Allow(Permission.READ)
  @Query(() => ModelVersionConnection, { description: "Model versions (newest first by default), optionally of one model" })
  async modelVersions(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => ModelVersionFilter, { nullable: true }) filter?: ModelVersionFilter,
    @Arg("orderBy", () => ModelVersionOrder, { nullable: true }) orderBy?: ModelVersionOrder,
  ) {
    return toConnection(await core.listModelVersions({ actor: ctx.actor!, filter, orderBy, page }));
  }

  @Allow(Permission.READ)
  @Query(() => ModelVersionConnection, { description: "Every version in the organisation carrying a tag, across models, newest first" })
  async modelVersionsByTag(@Ctx() ctx: Context, @Arg("tag", () => String) tag: string, @Args(() => PageArgs) page: PageArgs) {
    return toConnection(await core.findModelVersionsByTag({ actor: ctx.actor!, tag, page }));
  }

  @Allow(Permission.WRITE)
  @Mutation(() => ModelVersion, { description: "Registers the next version of a model (numbers are assigned atomically)" })
  registerModelVersion(@Ctx() ctx: Context, @Arg("input", () => RegisterModelVersionInput) input: RegisterModelVersionInput) {
    return core.registerModelVersion({ actor: ctx.actor!, input });
  }

  @Allow(Permission.WRITE)
  @Mutation(() => ModelVersion, { description: "Changes description and tags; refused once the version is approved" })
  updateModelVersion(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("input", () => UpdateModelVersionInput) input: UpdateModelVersionInput) {
    return core.updateModelVersion({ actor: ctx.actor!, id, input });
  }

  @Allow(Permission.WRITE)
  @Mutation(() => ModelVersion, { description: "Moves a version to stage ARCHIVED (refused while an alias points to it)" })
  archiveModelVersion(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return core.archiveModelVersion({ actor: ctx.actor!, id });
  }
}
