import * as core from "@canon/core";
import { Environment, Permission } from "@canon/core";
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { DeploymentConnection } from "../deployments/deployment.type";
import { Allow } from "../graphql/allow";
import { toConnection } from "../graphql/connection";
import type { Context } from "../graphql/context";
import { PageArgs } from "../graphql/page-args";
import { DateTime } from "../graphql/scalars";
import { AliasPointerConnection, ProductionSnapshot } from "./production-snapshot.type";

@Resolver(() => ProductionSnapshot)
export class ProductionSnapshotResolver {
  @Allow(Permission.READ)
  @Query(() => ProductionSnapshot, {
    description: "What was in production at an instant: which version each alias pointed to and which deployments ran, from the recorded history",
  })
  productionSnapshot(
    @Ctx() ctx: Context,
    @Arg("at", () => DateTime) at: Date,
    @Arg("modelId", () => ID, { nullable: true, description: "Only this model (its aliases; deployments of its versions or of releases including one)" })
    modelId?: string | null,
    @Arg("systemId", () => ID, {
      nullable: true,
      description: "Only this AI system (aliases of its models; deployments of its releases or its models' versions)",
    })
    systemId?: string | null,
    @Arg("environment", () => Environment, { nullable: true, description: "Only deployments in this environment" }) environment?: Environment | null,
  ) {
    return core.productionSnapshot({ actor: ctx.actor!, input: { at, modelId, systemId, environment } });
  }

  @FieldResolver(() => AliasPointerConnection, { description: "Alias pointers at the instant, by model id then alias name (removed aliases are absent)" })
  async aliases(@Root() scope: ProductionSnapshot, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return toConnection(await core.listAliasPointersAt({ actor: ctx.actor!, scope, page }));
  }

  @FieldResolver(() => DeploymentConnection, { description: "Deployments running at the instant, most recently started first" })
  async deployments(@Root() scope: ProductionSnapshot, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return toConnection(await core.listDeploymentsAt({ actor: ctx.actor!, scope, page }));
  }
}
