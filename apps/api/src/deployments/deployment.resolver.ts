import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../graphql/allow";
import { toConnection } from "../graphql/connection";
import type { Context } from "../graphql/context";
import { PageArgs } from "../graphql/page-args";
import { DateTime } from "../graphql/scalars";
import { releaseById } from "../releases/release.loaders";
import { Release } from "../releases/release.type";
import { modelVersionById } from "../versions/model-version.loaders";
import { ModelVersion } from "../versions/model-version.type";
import { DeploymentFilter, RecordDeploymentInput } from "./deployment.input";
import { Deployment, DeploymentConnection } from "./deployment.type";

@Resolver(() => Deployment)
export class DeploymentResolver {
  @Allow(Permission.READ)
  @Query(() => Deployment, { description: "One deployment of the caller's organisation" })
  deployment(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return core.getDeployment({ actor: ctx.actor!, id });
  }

  @Allow(Permission.READ)
  @Query(() => DeploymentConnection, { description: "Deployments, most recently started first" })
  async deployments(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => DeploymentFilter, { nullable: true }) filter?: DeploymentFilter,
  ) {
    return toConnection(await core.listDeployments({ actor: ctx.actor!, filter, page }));
  }

  @Allow(Permission.WRITE)
  @Mutation(() => Deployment, {
    description:
      "Record that a model version or a release runs somewhere. Into STAGING or PRODUCTION, the environment's deployment gate applies: by default a PRODUCTION deployment of anything not approved for production is refused (PRECONDITION_FAILED, details.rules)",
  })
  recordDeployment(@Ctx() ctx: Context, @Arg("input", () => RecordDeploymentInput) input: RecordDeploymentInput) {
    return core.recordDeployment({ actor: ctx.actor!, input });
  }

  @Allow(Permission.WRITE)
  @Mutation(() => Deployment, { description: "End a running deployment (CONFLICT if it already ended)" })
  endDeployment(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("endedAt", () => DateTime, { nullable: true, description: "Defaults to now; not before startedAt" }) endedAt?: Date | null,
    @Arg("reason", () => String, { nullable: true }) reason?: string | null,
  ) {
    return core.endDeployment({ actor: ctx.actor!, id, endedAt, reason });
  }

  @FieldResolver(() => ModelVersion, { nullable: true })
  modelVersion(@Root() deployment: Deployment, @Ctx() ctx: Context) {
    return deployment.modelVersionId ? modelVersionById(ctx).load(deployment.modelVersionId) : null;
  }

  @FieldResolver(() => Release, { nullable: true })
  release(@Root() deployment: Deployment, @Ctx() ctx: Context) {
    return deployment.releaseId ? releaseById(ctx).load(deployment.releaseId) : null;
  }
}
