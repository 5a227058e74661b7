import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../graphql/allow";
import { toConnection } from "../graphql/connection";
import type { Context } from "../graphql/context";
import { PageArgs } from "../graphql/page-args";
import { releaseById } from "../releases/release.loaders";
import { Release } from "../releases/release.type";
import { modelVersionById } from "../versions/model-version.loaders";
import { ModelVersion } from "../versions/model-version.type";
import { ApprovalPolicy } from "./approval-policy.type";
import { ApprovalRequestFilter, DecideApprovalInput, RequestApprovalInput } from "./approval-request.input";
import { ApprovalCheck, ApprovalDecision, ApprovalRequest, ApprovalRequestConnection, DecideApprovalPayload } from "./approval-request.type";
import { decisionsOfRequest } from "./approval.loaders";

@Resolver(() => ApprovalRequest)
export class ApprovalRequestResolver {
  @Allow(Permission.READ)
  @Query(() => ApprovalRequest, { description: "One approval request of the caller's organisation" })
  approvalRequest(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return core.getApprovalRequest({ actor: ctx.actor!, id });
  }

  @Allow(Permission.READ)
  @Query(() => ApprovalRequestConnection, { description: "Approval requests, newest first" })
  async approvalRequests(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => ApprovalRequestFilter, { nullable: true }) filter?: ApprovalRequestFilter,
  ) {
    return toConnection(await core.listApprovalRequests({ actor: ctx.actor!, filter, page }));
  }

  @Allow(Permission.READ)
  @Query(() => ApprovalCheck, { description: "What a request still lacks (the checks an APPROVE runs), without deciding" })
  approvalCheck(@Ctx() ctx: Context, @Arg("requestId", () => ID) requestId: string) {
    return core.checkApprovalRequest({ actor: ctx.actor!, id: requestId });
  }

  @Allow(Permission.WRITE)
  @Mutation(() => ApprovalRequest, { description: "Ask for a model version or release to enter a stage and/or take an alias" })
  requestApproval(@Ctx() ctx: Context, @Arg("input", () => RequestApprovalInput) input: RequestApprovalInput) {
    return core.requestApproval({ actor: ctx.actor!, input });
  }

  @Allow(Permission.WRITE)
  @Mutation(() => ApprovalRequest, { description: "Withdraw a PENDING request (its requester, or an admin)" })
  cancelApprovalRequest(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("reason", () => String, { nullable: true }) reason?: string) {
    return core.cancelApprovalRequest({ actor: ctx.actor!, id, reason });
  }

  @Allow(Permission.WRITE)
  @Mutation(() => DecideApprovalPayload, {
    description:
      "Approve or reject a PENDING request (roles the policy names; never its requester or the subject's creator). The vote that meets the policy makes the transition",
  })
  decideApproval(@Ctx() ctx: Context, @Arg("input", () => DecideApprovalInput) input: DecideApprovalInput) {
    return core.decideApproval({ actor: ctx.actor!, input });
  }

  @FieldResolver(() => ApprovalPolicy, { description: "The policy snapshotted when the request was made" })
  policy(@Root() request: ApprovalRequest) {
    return core.policyFromSnapshot(request.policySnapshot);
  }

  @FieldResolver(() => [ApprovalDecision], { description: "Oldest first" })
  decisions(@Root() request: ApprovalRequest, @Ctx() ctx: Context) {
    return decisionsOfRequest(ctx).load(request.id);
  }

  @FieldResolver(() => ModelVersion, { nullable: true })
  modelVersion(@Root() request: ApprovalRequest, @Ctx() ctx: Context) {
    return request.modelVersionId ? modelVersionById(ctx).load(request.modelVersionId) : null;
  }

  @FieldResolver(() => Release, { nullable: true })
  release(@Root() request: ApprovalRequest, @Ctx() ctx: Context) {
    return request.releaseId ? releaseById(ctx).load(request.releaseId) : null;
  }
}
