import { appendAuditEvent } from "../audit/append-audit-event";
import type { Actor } from "../shared/actor";
import { conflict, invalid } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { writeTransaction } from "../shared/transaction";
import { dateValue, optionalText } from "../shared/validate";

/** Ends a running deployment (at endedAt, default now). A deployment ends once. */
export async function endDeployment(opts: { actor: Actor; id: string; endedAt?: Date | string | null; reason?: string | null }) {
  authorize(opts.actor, Permission.WRITE);
  const given = dateValue("endedAt", opts.endedAt);
  const endReason = optionalText("reason", opts.reason, 2_000) ?? null;
  return writeTransaction(async (tx) => {
    const before = await findInOrg(opts.actor, "Deployment", opts.id, (where) => tx.deployment.findFirst({ where }));
    if (before.endedAt) throw conflict(`Deployment ${before.id} already ended at ${before.endedAt.toISOString()}`);
    const endedAt = given ?? new Date();
    if (endedAt < before.startedAt) throw invalid("endedAt", `must not be before the deployment started (${before.startedAt.toISOString()})`);
    // Guarded on endedAt still being empty, so of two concurrent ends exactly one wins.
    const { count } = await tx.deployment.updateMany({ where: { id: before.id, endedAt: null }, data: { endedAt, endReason } });
    if (count !== 1) throw conflict(`Deployment ${before.id} already ended`);
    const after = await tx.deployment.findUniqueOrThrow({ where: { id: before.id } });
    await appendAuditEvent(tx, opts.actor, { action: "deployment.end", subjectId: after.id });
    return after;
  });
}
