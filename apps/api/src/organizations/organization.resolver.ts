import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Ctx, Field, ObjectType, Mutation, Query, Resolver } from "type-graphql";
import { Allow } from "../graphql/allow";
import type { Context } from "../graphql/context";
import { Role } from "@canon/db";
import { Organization, OrganizationProfileInput } from "./organization.type";

@ObjectType({ description: "Who the caller is" })
export class Viewer {
  @Field(() => String) actorType!: string;
  @Field(() => String) actorId!: string;
  @Field(() => Role) role!: Role;
  @Field(() => Organization) organization!: Organization;
}

@Resolver()
export class OrganizationResolver {
  @Allow(Permission.READ)
  @Query(() => Viewer, { description: "The authenticated caller and their organisation" })
  async viewer(@Ctx() ctx: Context) {
    const actor = ctx.actor!;
    return { actorType: actor.actorType, actorId: actor.actorId, role: actor.role, organization: await core.getOrganization({ actor }) };
  }

  @Allow(Permission.READ)
  @Query(() => Organization)
  organization(@Ctx() ctx: Context) {
    return core.getOrganization({ actor: ctx.actor! });
  }

  @Allow(Permission.ADMIN)
  @Mutation(() => Organization)
  updateOrganization(@Ctx() ctx: Context, @Arg("input", () => OrganizationProfileInput) input: OrganizationProfileInput) {
    return core.updateOrganization({ actor: ctx.actor!, input });
  }
}
