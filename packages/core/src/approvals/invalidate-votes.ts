// Evidence is what was approved: when a model version's evidence changes (a new card revision, a new
// evaluation, an edit), the votes already cast on pending requests about it — directly, or through a
// release that contains it — go stale. They stay on record as evidence of what was seen, no longer
// count, and their approvers may vote again; each decision shows why it went stale.
//
// Called by appendAuditEvent for the actions the catalogue marks as changing evidence, inside the
// change's transaction. The pending requests are locked first (a no-op UPDATE, the same row a decision
// claims first), so a vote racing the change either commits before it (and is made stale here) or waits
// for it (and then reads the new evidence). Runs in the change's organisation scope.
import { appendAuditEvent } from "../audit/append-audit-event";
import type { Actor } from "../shared/actor";
import type { Tx } from "../shared/transaction";

export async function invalidateVotes(tx: Tx, actor: Actor, versionId: string, reason: string): Promise<number> {
  const releases = await tx.releaseComponent.findMany({ where: { modelVersionId: versionId }, select: { releaseId: true } });
  const releaseIds = [...new Set(releases.map((r) => r.releaseId))];
  const where = {
    status: "PENDING" as const,
    OR: [{ modelVersionId: versionId }, ...(releaseIds.length ? [{ releaseId: { in: releaseIds } }] : [])],
  };
  const locked = await tx.approvalRequest.updateMany({ where, data: { status: "PENDING" } });
  if (locked.count === 0) return 0;
  const requests = await tx.approvalRequest.findMany({ where, select: { id: true } });
  const votes = await tx.approvalDecision.findMany({
    where: { requestId: { in: requests.map((r) => r.id) }, staleAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, requestId: true },
  });
  const staleAt = new Date();
  for (const vote of votes) {
    await tx.approvalDecision.update({ where: { id: vote.id }, data: { staleAt, staleReason: reason } });
    await appendAuditEvent(tx, actor, {
      action: "approvalDecision.stale",
      subjectId: vote.id,
      context: { reason, requestId: vote.requestId, modelVersionId: versionId },
    });
  }
  return votes.length;
}
