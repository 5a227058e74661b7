// The requester (or an admin) withdraws a pending request. The status change is conditional on the
// request still being PENDING, so a cancel racing the deciding vote either wins or is refused.
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf } from "../shared/actor";
import { conflict, forbidden, notFound } from "../shared/errors";
import { id, optionalText } from "../shared/input";
import { can, Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";

/** WRITE to call; beyond that, only the requester or an admin may cancel. */
export const cancelApprovalRequest = useCase({
  permission: Permission.WRITE,
  input: z.object({ id, reason: optionalText(2_000) }),
  async run({ actor, id, reason }) {
    return writeTransaction(async (tx) => {
      const before = await tx.approvalRequest.findUnique({ where: { id } });
      if (!before) throw notFound("Approval request", id);
      if (before.requestedById !== personOf(actor) && !can(actor.role, Permission.ADMIN)) {
        throw forbidden("Only the requester or an admin may cancel an approval request");
      }
      const resolvedAt = new Date();
      const claimed = await tx.approvalRequest.updateMany({ where: { id: before.id, status: "PENDING" }, data: { status: "CANCELLED", resolvedAt } });
      if (claimed.count !== 1) {
        const now = await tx.approvalRequest.findUniqueOrThrow({ where: { id: before.id }, select: { status: true } });
        throw conflict(`Approval request ${before.id} is ${now.status}; only a PENDING request can be cancelled`, { status: now.status });
      }
      const after = { ...before, status: "CANCELLED" as const, resolvedAt };
      await appendAuditEvent(tx, actor, { action: "approvalRequest.cancel", subjectId: before.id, context: { reason: reason ?? null } });
      return after;
    });
  },
});
