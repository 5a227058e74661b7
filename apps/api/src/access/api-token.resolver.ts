import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Allow } from "../graphql/allow";
import { toConnection } from "../graphql/connection";
import type { Context } from "../graphql/context";
import { PageArgs } from "../graphql/page-args";
import { ApiToken, ApiTokenConnection, CreateApiTokenInput, CreatedApiToken } from "./api-token.type";

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Allow(Permission.READ)
  @Query(() => ApiTokenConnection, { description: "Admins see every token of the organisation; anyone else their own" })
  async apiTokens(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return toConnection(await core.listApiTokens({ actor: ctx.actor!, page }));
  }

  @Allow(Permission.READ)
  @Mutation(() => CreatedApiToken, { description: "Issues a token to yourself, or (admins) to any member; its role is within the owner's and the caller's" })
  createApiToken(@Ctx() ctx: Context, @Arg("input", () => CreateApiTokenInput) input: CreateApiTokenInput) {
    return core.createApiToken({ actor: ctx.actor!, ...input });
  }

  @Allow(Permission.READ)
  @Mutation(() => ApiToken, { description: "Revokes one of your tokens, or (admins) any token of the organisation" })
  revokeApiToken(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return core.revokeApiToken({ actor: ctx.actor!, id });
  }
}
