import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { Allow } from "../graphql/allow";
import type { Context } from "../graphql/context";
import { ApprovalPolicy, SetApprovalPolicyInput } from "./approval-policy.type";

@Resolver(() => ApprovalPolicy)
export class ApprovalPolicyResolver {
  @Allow(Permission.READ)
  @Query(() => [ApprovalPolicy], { description: "The approval policy in force for every risk tier" })
  approvalPolicies(@Ctx() ctx: Context) {
    return core.listApprovalPolicies({ actor: ctx.actor! });
  }

  @Allow(Permission.ADMIN)
  @Mutation(() => ApprovalPolicy, { description: "Set the organisation's approval policy for one risk tier (admins)" })
  setApprovalPolicy(@Ctx() ctx: Context, @Arg("input", () => SetApprovalPolicyInput) input: SetApprovalPolicyInput) {
    return core.setApprovalPolicy({ actor: ctx.actor!, input });
  }
}
