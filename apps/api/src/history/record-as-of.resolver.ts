import * as core from "@canon/core";
import { Permission } from "@canon/core";
import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { Allow } from "../graphql/allow";
import type { Context } from "../graphql/context";
import { DateTime } from "../graphql/scalars";
import { RecordAsOf, TrailReconciliation } from "./record-as-of.type";

/** A whole-trail comparison: priced so that a request holds at most one. */
const RECONCILE_COMPLEXITY = 10_001;

@Resolver()
export class RecordAsOfResolver {
  @Allow(Permission.AUDIT_READ)
  @Query(() => RecordAsOf, { description: "The whole record of an audited subject at an instant (default now), rebuilt from the audit trail" })
  recordAsOf(
    @Ctx() ctx: Context,
    @Arg("subjectType", () => String, { description: "An audited subject type, e.g. ModelVersion, Alias, AISystem" }) subjectType: string,
    @Arg("subjectId", () => ID) subjectId: string,
    @Arg("at", () => DateTime, { nullable: true }) at?: Date | null,
  ) {
    return core.readRecordAsOf({ actor: ctx.actor!, subjectType, subjectId, at });
  }

  @Allow(Permission.AUDIT_READ)
  @Query(() => TrailReconciliation, {
    complexity: RECONCILE_COMPLEXITY,
    description:
      "Compares the state the audit trail rebuilds for every subject with the live tables (bookkeeping fields aside): any difference means a change bypassed the trail",
  })
  reconcileAuditTrail(@Ctx() ctx: Context) {
    return core.reconcileAuditTrail({ actor: ctx.actor! });
  }
}
