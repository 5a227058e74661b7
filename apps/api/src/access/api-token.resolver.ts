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
  @Allow(Permission.ADMIN)
  @Query(() => ApiTokenConnection)
  async apiTokens(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return toConnection(await core.listApiTokens({ actor: ctx.actor!, page }));
  }

  @Allow(Permission.ADMIN)
  @Mutation(() => CreatedApiToken)
  createApiToken(@Ctx() ctx: Context, @Arg("input", () => CreateApiTokenInput) input: CreateApiTokenInput) {
    return core.createApiToken({ actor: ctx.actor!, ...input });
  }

  @Allow(Permission.ADMIN)
  @Mutation(() => ApiToken)
  revokeApiToken(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return core.revokeApiToken({ actor: ctx.actor!, id });
  }
}
