import * as core from "@canon/core";
import { CanonError, ErrorCode, Permission } from "@canon/core";
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../graphql/allow";
import { CHAIN_REPLAY_COMPLEXITY, CHECKPOINT_COMPLEXITY } from "../graphql/complexity";
import { toConnection } from "../graphql/connection";
import type { Context } from "../graphql/context";
import { PageArgs } from "../graphql/page-args";
import { JSON as JsonScalar } from "../graphql/scalars";
import { AuditCheckpoint, AuditCheckpointVerification } from "./audit-checkpoint.type";
import { AuditChainVerification, AuditEvent, AuditEventConnection, AuditEventFilter, type StoredAuditEvent } from "./audit-event.type";

/** The stored canonical JSON text, parsed; text that is not JSON was written outside Canon. */
function stored(event: StoredAuditEvent, field: "before" | "after" | "context"): unknown {
  const text = event[field];
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    throw new CanonError(
      ErrorCode.PRECONDITION_FAILED,
      `Audit event ${event.seq}: the stored ${field} is not JSON; it was altered outside Canon (verifyAuditChain reports where the chain breaks)`,
    );
  }
}

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

  @FieldResolver(() => JsonScalar, { nullable: true, description: "The subject's whole record before the change (null for a creation)" })
  before(@Root() event: StoredAuditEvent) {
    return stored(event, "before");
  }

  @FieldResolver(() => JsonScalar, { nullable: true, description: "The subject's whole record after the change (null for a removal)" })
  after(@Root() event: StoredAuditEvent) {
    return stored(event, "after");
  }

  @FieldResolver(() => JsonScalar, { nullable: true, description: "What the change was for (a reason, the approval request it applies), when given" })
  context(@Root() event: StoredAuditEvent) {
    return stored(event, "context");
  }

  @Allow(Permission.AUDIT_READ)
  @Query(() => AuditChainVerification, {
    complexity: CHAIN_REPLAY_COMPLEXITY,
    description: "Replays the organisation's audit chain and reports the first broken event",
  })
  verifyAuditChain(@Ctx() ctx: Context) {
    return core.verifyAuditChain({ actor: ctx.actor! });
  }

  @Allow(Permission.AUDIT_READ)
  @Query(() => AuditCheckpoint, {
    complexity: CHECKPOINT_COMPLEXITY,
    description: "A checkpoint of the audit chain's head now, signed with the installation's key: keep it outside the database",
  })
  auditCheckpoint(@Ctx() ctx: Context) {
    return core.createAuditCheckpoint({ actor: ctx.actor! });
  }

  @Allow(Permission.AUDIT_READ)
  @Query(() => AuditCheckpointVerification, {
    complexity: CHAIN_REPLAY_COMPLEXITY,
    description:
      "Checks a checkpoint's signature with the configured key, then replays the chain: it must verify and still hold the checkpoint's event (a chain cut short and its head rewound verifies on its own, not against an earlier checkpoint)",
  })
  verifyAuditCheckpoint(@Ctx() ctx: Context, @Arg("checkpoint", () => JsonScalar) checkpoint: unknown) {
    return core.verifyAuditCheckpoint({ actor: ctx.actor!, checkpoint });
  }
}
