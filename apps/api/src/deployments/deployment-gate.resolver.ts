import * as core from "@canon/core";
import { DeploymentGateMode, Environment, Permission } from "@canon/core";
import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { Allow } from "../graphql/allow";
import type { Context } from "../graphql/context";
import { DeploymentGate } from "./deployment.type";

@Resolver(() => DeploymentGate)
export class DeploymentGateResolver {
  @Allow(Permission.READ)
  @Query(() => [DeploymentGate], { description: "The deployment gate of each gated environment (STAGING, PRODUCTION)" })
  deploymentGates(@Ctx() ctx: Context) {
    return core.listDeploymentGates({ actor: ctx.actor! });
  }

  @Allow(Permission.ADMIN)
  @Mutation(() => DeploymentGate, { description: "Sets an environment's gate: PRODUCTION takes ENFORCE or RECORD_AND_FLAG; STAGING also OPEN" })
  async setDeploymentGate(
    @Ctx() ctx: Context,
    @Arg("environment", () => Environment) environment: Environment,
    @Arg("mode", () => DeploymentGateMode) mode: DeploymentGateMode,
  ) {
    const row = await core.setDeploymentGate({ actor: ctx.actor!, environment, mode });
    return { environment: row.environment, mode: row.mode, isDefault: false, updatedAt: row.updatedAt };
  }
}
