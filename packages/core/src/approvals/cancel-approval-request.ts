// The requester (or an admin) withdraws a pending request. The status change is conditional on the
// request still being PENDING, so a cancel racing the deciding vote either wins or is refused.
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf, type Actor } from "../shared/actor";
import { conflict, forbidden } from "../shared/errors";
import { authorize, can, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { writeTransaction } from "../shared/transaction";
import { optionalText } from "../shared/validate";

export async function cancelApprovalRequest(opts: { actor: Actor; id: string; reason?: string | null }) {
  authorize(opts.actor, Permission.WRITE);
  const reason = optionalText("reason", opts.reason, 2_000) ?? null;
  return writeTransaction(async (tx) => {
    const before = await findInOrg(opts.actor, "Approval request", opts.id, (where) => tx.approvalRequest.findFirst({ where }));
    if (before.requestedById !== personOf(opts.actor) && !can(opts.actor.role, Permission.ADMIN)) {
      throw forbidden("Only the requester or an admin may cancel an approval request");
    }
    const resolvedAt = new Date();
    const claimed = await tx.approvalRequest.updateMany({ where: { id: before.id, status: "PENDING" }, data: { status: "CANCELLED", resolvedAt } });
    if (claimed.count !== 1) {
      const now = await tx.approvalRequest.findUniqueOrThrow({ where: { id: before.id }, select: { status: true } });
      throw conflict(`Approval request ${before.id} is ${now.status}; only a PENDING request can be cancelled`, { status: now.status });
    }
    const after = { ...before, status: "CANCELLED" as const, resolvedAt };
    await appendAuditEvent(tx, opts.actor, { action: "approvalRequest.cancel", subjectId: before.id, context: { reason } });
    return after;
  });
}
