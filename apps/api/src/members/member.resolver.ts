import * as core from "@canon/core";
import { Permission, Role } from "@canon/core";
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Allow } from "../graphql/allow";
import { toConnection } from "../graphql/connection";
import type { Context } from "../graphql/context";
import { PageArgs } from "../graphql/page-args";
import { AddMemberInput, AddServiceAccountInput, Membership, MembershipConnection } from "./member.type";

@Resolver(() => Membership)
export class MemberResolver {
  @Allow(Permission.READ)
  @Query(() => MembershipConnection)
  async members(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return toConnection(await core.listMembers({ actor: ctx.actor!, page }));
  }

  @Allow(Permission.ADMIN)
  @Mutation(() => Membership)
  addMember(@Ctx() ctx: Context, @Arg("input", () => AddMemberInput) input: AddMemberInput) {
    return core.addMember({ actor: ctx.actor!, ...input });
  }

  @Allow(Permission.ADMIN)
  @Mutation(() => Membership, { description: "Adds a service account; issue its tokens with createApiToken(ownerId: its user id)" })
  addServiceAccount(@Ctx() ctx: Context, @Arg("input", () => AddServiceAccountInput) input: AddServiceAccountInput) {
    return core.addServiceAccount({ actor: ctx.actor!, ...input });
  }

  @Allow(Permission.ADMIN)
  @Mutation(() => Membership)
  changeMemberRole(@Ctx() ctx: Context, @Arg("membershipId", () => ID) membershipId: string, @Arg("role", () => Role) role: Role) {
    return core.changeMemberRole({ actor: ctx.actor!, membershipId, role });
  }

  @Allow(Permission.ADMIN)
  @Mutation(() => ID, { description: "Removes the membership; returns its id" })
  async removeMember(@Ctx() ctx: Context, @Arg("membershipId", () => ID) membershipId: string) {
    return (await core.removeMember({ actor: ctx.actor!, membershipId })).id;
  }
}
