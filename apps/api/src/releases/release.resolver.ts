import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../graphql/allow";
import { toConnection } from "../graphql/connection";
import type { Context } from "../graphql/context";
import { PageArgs } from "../graphql/page-args";
import { aiSystemOfModel } from "../models/model.loaders";
import { AISystem } from "../systems/ai-system.type";
import { modelVersionById } from "../versions/model-version.loaders";
import { ModelVersion } from "../versions/model-version.type";
import { CreateReleaseInput, ReleaseFilter } from "./release.input";
import { componentsOfRelease } from "./release.loaders";
import { Release, ReleaseComponent, ReleaseConnection } from "./release.type";

@Resolver(() => Release)
export class ReleaseResolver {
  @Allow(Permission.READ)
  @Query(() => Release, { description: "One release of the caller's organisation" })
  release(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return core.getRelease({ actor: ctx.actor!, id });
  }

  @Allow(Permission.READ)
  @Query(() => ReleaseConnection, { description: "Releases, newest first" })
  async releases(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg("filter", () => ReleaseFilter, { nullable: true }) filter?: ReleaseFilter) {
    return toConnection(await core.listReleases({ actor: ctx.actor!, filter, page }));
  }

  @Allow(Permission.WRITE)
  @Mutation(() => Release, { description: "Create the next release of a system from its components" })
  createRelease(@Ctx() ctx: Context, @Arg("input", () => CreateReleaseInput) input: CreateReleaseInput) {
    return core.createRelease({ actor: ctx.actor!, input });
  }

  @FieldResolver(() => [ReleaseComponent], { description: "In release order" })
  components(@Root() release: Release, @Ctx() ctx: Context) {
    return componentsOfRelease(ctx).load(release.id);
  }

  @FieldResolver(() => AISystem, { nullable: true })
  system(@Root() release: Release, @Ctx() ctx: Context) {
    return aiSystemOfModel(ctx).load(release.systemId);
  }
}

@Resolver(() => ReleaseComponent)
export class ReleaseComponentResolver {
  @FieldResolver(() => ModelVersion, { nullable: true })
  modelVersion(@Root() component: ReleaseComponent, @Ctx() ctx: Context) {
    return component.modelVersionId ? modelVersionById(ctx).load(component.modelVersionId) : null;
  }
}
