// An approver approves or rejects a pending request. The first statement of the transaction claims the
// request row (an UPDATE that matches only while it is PENDING): concurrent decisions on one request
// queue there, so each one counts the votes committed before it and exactly one of them can make the
// transition; on PostgreSQL the subject's model (or system) is locked next, so two requests about one
// model or alias transition one after the other. The preconditions are re-checked on every APPROVE against the data as it is now, and the
// evidence read is snapshotted with the decision. One REJECT rejects the request. Votes are people's:
// one current vote per person (a stale vote no longer counts, and its approver may vote again).
import { DecisionKind } from "@canon/db";
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf, type Actor } from "../shared/actor";
import { CanonError, conflict, ErrorCode, isUniqueViolation, notFound } from "../shared/errors";
import { id, optionalText } from "../shared/input";
import { Permission } from "../shared/permissions";
import { writeTransaction, type Tx } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { gatherEvidence } from "./approval-evidence";
import { loadSubject, lockSubjectScope } from "./approval-subject";
import { effectivePolicy } from "./effective-policy";
import { policyFailures } from "./policy-checks";
import { policyFromSnapshot, policySnapshot, strictest } from "./policy-rules";
import { assertMayDecide } from "./segregation";
import { applyTransition, transitionFailures } from "./transition";

export const decideApprovalInput = z
  .object({
    requestId: id,
    decision: z.enum(DecisionKind),
    /** Optional for APPROVE, required for REJECT. */
    comment: optionalText(5_000),
  })
  .superRefine((i, ctx) => {
    if (i.decision === "REJECT" && !i.comment) ctx.addIssue({ code: "custom", path: ["comment"], message: "is required when rejecting: say why" });
  });
export type DecideApprovalInput = z.input<typeof decideApprovalInput>;

async function claim(tx: Tx, actor: Actor, requestId: string) {
  const claimed = await tx.approvalRequest.updateMany({ where: { id: requestId, status: "PENDING" }, data: { status: "PENDING" } });
  const request = await tx.approvalRequest.findUnique({ where: { id: requestId } });
  if (!request) throw notFound("Approval request", requestId);
  const mine = await tx.approvalDecision.findFirst({ where: { requestId, approverId: personOf(actor), staleAt: null } });
  if (mine) {
    throw conflict(
      `You already decided ${mine.decision} on approval request ${requestId} (decision ${mine.id}); one person counts once, whichever credential they use`,
      { decisionId: mine.id, rule: "ONE_VOTE_PER_PERSON" },
    );
  }
  if (claimed.count !== 1) throw conflict(`Approval request ${requestId} is ${request.status}; it takes no more decisions`, { status: request.status });
  return request;
}

export const decideApproval = useCase({
  permission: Permission.WRITE,
  input: z.object({ input: decideApprovalInput }),
  async run({ actor, input }) {
    try {
      return await writeTransaction(async (tx) => {
        const request = await claim(tx, actor, input.requestId);
        await lockSubjectScope(tx, request);
        const subject = await loadSubject(tx, request);
        const policy = strictest(policyFromSnapshot(request.policySnapshot), await effectivePolicy(tx, subject.riskTier));
        assertMayDecide(actor, request, subject, policy);
        const evidence = await gatherEvidence(tx, subject);
        if (input.decision === "APPROVE") {
          const unmet = [...policyFailures(policy, subject, evidence), ...(await transitionFailures(tx, subject, request, true))];
          if (unmet.length) {
            throw new CanonError(ErrorCode.PRECONDITION_FAILED, `Approval refused: ${unmet.map((u) => u.message).join("; ")}`, undefined, { rules: unmet });
          }
        }
        const decision = await tx.approvalDecision.create({
          data: {
            requestId: request.id,
            approverId: personOf(actor),
            decision: input.decision,
            comment: input.comment ?? null,
            evidence: { ...evidence, policy: policySnapshot(policy) } as object,
          },
        });
        await appendAuditEvent(tx, actor, { action: "approvalDecision.create", subjectId: decision.id });

        const approvals =
          input.decision === "APPROVE" ? await tx.approvalDecision.count({ where: { requestId: request.id, decision: "APPROVE", staleAt: null } }) : 0;
        const status = input.decision === "REJECT" ? "REJECTED" : approvals >= policy.requiredApprovals ? "APPROVED" : "PENDING";
        if (status === "PENDING") return { request, decision, approvals, requiredApprovals: policy.requiredApprovals };
        const resolved = await tx.approvalRequest.update({ where: { id: request.id }, data: { status, resolvedAt: new Date() } });
        await appendAuditEvent(tx, actor, {
          action: "approvalRequest.resolve",
          subjectId: request.id,
          context: { decisionId: decision.id, approvals, requiredApprovals: policy.requiredApprovals },
        });
        if (status === "APPROVED") await applyTransition(tx, actor, subject, request);
        return { request: resolved, decision, approvals, requiredApprovals: policy.requiredApprovals };
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict(
          `A concurrent change conflicted with this decision on approval request ${input.requestId} (one person counts once); nothing was written`,
        );
      throw error;
    }
  },
});
