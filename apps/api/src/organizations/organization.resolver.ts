import * as core from "@canon/core";
import { Permission, Role } from "@canon/core";
import { Arg, Ctx, Field, ID, ObjectType, Mutation, Query, Resolver } from "type-graphql";
import { Allow } from "../graphql/allow";
import type { Context } from "../graphql/context";
import { Organization, OrganizationProfileInput } from "./organization.type";

@ObjectType({ description: "Who the caller is" })
export class Viewer {
  @Field(() => String, { description: "USER (a session) or TOKEN" }) actorType!: string;
  @Field(() => String, { description: "The credential: a user id for a session, else the API token's id" }) actorId!: string;
  @Field(() => ID, { nullable: true, description: "The member behind the credential: the person (or service account) every action is attributed to" }) userId!:
    string | null;
  @Field(() => Role, { description: "The effective role: a token's own role, limited to what its owner's current role grants" }) role!: Role;
  @Field(() => Boolean, { description: "A service account (pipelines): never decides approvals" }) service!: boolean;
  @Field(() => Organization) organization!: Organization;
}

@Resolver()
export class OrganizationResolver {
  @Allow(Permission.READ)
  @Query(() => Viewer, { description: "The authenticated caller and their organisation" })
  async viewer(@Ctx() ctx: Context) {
    const actor = ctx.actor!;
    return {
      actorType: actor.actorType,
      actorId: actor.actorId,
      userId: actor.userId,
      role: actor.role,
      service: actor.service,
      organization: await core.getOrganization({ actor }),
    };
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
