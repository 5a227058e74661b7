import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Allow } from "../graphql/allow";
import { toConnection } from "../graphql/connection";
import type { Context } from "../graphql/context";
import { PageArgs } from "../graphql/page-args";
import { CreateRiskInput, RiskFieldsInput, RiskFilter } from "./risk.input";
import { Risk, RiskConnection, toRisk } from "./risk.type";

@Resolver(() => Risk)
export class RiskResolver {
  @Allow(Permission.READ)
  @Query(() => RiskConnection, { description: "The risk register, newest first" })
  async risks(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg("filter", () => RiskFilter, { nullable: true }) filter?: RiskFilter) {
    return toConnection(await core.listRisks({ actor: ctx.actor!, filter, page }), toRisk);
  }

  @Allow(Permission.WRITE)
  @Mutation(() => Risk, { description: "Enter a risk in the register; its level is derived from likelihood × impact unless given" })
  async createRisk(@Ctx() ctx: Context, @Arg("input", () => CreateRiskInput) input: CreateRiskInput) {
    return toRisk(await core.createRisk({ actor: ctx.actor!, input }));
  }

  @Allow(Permission.WRITE)
  @Mutation(() => Risk, { description: "Change a risk; a new likelihood or impact re-derives the level unless one is given" })
  async updateRisk(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("input", () => RiskFieldsInput) input: RiskFieldsInput) {
    return toRisk(await core.updateRisk({ actor: ctx.actor!, id, input }));
  }
}
