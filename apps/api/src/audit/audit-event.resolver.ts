import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import { Allow } from "../graphql/allow";
import { toConnection } from "../graphql/connection";
import type { Context } from "../graphql/context";
import { PageArgs } from "../graphql/page-args";
import { AuditChainVerification, AuditEvent, AuditEventConnection, AuditEventFilter } from "./audit-event.type";

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Allow(Permission.AUDIT_READ)
  @Query(() => AuditEventConnection, { description: "The audit trail, newest first" })
  async auditEvents(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter,
  ) {
    return toConnection(await core.listAuditEvents({ actor: ctx.actor!, filter, page }));
  }

  @Allow(Permission.AUDIT_READ)
  @Query(() => AuditChainVerification, { description: "Replays the organisation's audit chain and reports the first broken event" })
  verifyAuditChain(@Ctx() ctx: Context) {
    return core.verifyAuditChain({ actor: ctx.actor! });
  }
}
