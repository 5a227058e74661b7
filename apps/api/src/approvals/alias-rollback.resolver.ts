import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { Alias } from "../aliases/alias.type";
import { Allow } from "../graphql/allow";
import type { Context } from "../graphql/context";
import { RollbackAliasInput } from "./approval-request.input";

@Resolver(() => Alias)
export class AliasRollbackResolver {
  @Allow(Permission.CLASSIFY)
  @Mutation(() => Alias, {
    description: "Point an alias (protected or not) back to a version of its model approved before, with a reason (approvers, admins; no request needed)",
  })
  rollbackAlias(@Ctx() ctx: Context, @Arg("input", () => RollbackAliasInput) input: RollbackAliasInput) {
    return core.rollbackAlias({ actor: ctx.actor!, input });
  }
}
