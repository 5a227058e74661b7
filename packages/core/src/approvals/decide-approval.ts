// An approver approves or rejects a pending request. The first statement of the transaction claims the
// request row (an UPDATE that matches only while it is PENDING): concurrent decisions on one request
// queue there, so each one counts the votes committed before it and exactly one of them can make the
// transition; on PostgreSQL the subject's model (or system) is locked next, so two requests about one
// model or alias transition one after the other. The preconditions are re-checked on every APPROVE against the data as it is now, and the
// evidence read is snapshotted with the decision. One REJECT rejects the request. Votes are people's:
// one current vote per person (a stale vote no longer counts, and its approver may vote again).
import type { DecisionKind } from "@canon/db";
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf, type Actor } from "../shared/actor";
import { CanonError, conflict, ErrorCode, invalid, isUniqueViolation, notFound } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
import { writeTransaction, type Tx } from "../shared/transaction";
import { oneOf, optionalText } from "../shared/validate";
import { gatherEvidence } from "./approval-evidence";
import { loadSubject, lockSubjectScope } from "./approval-subject";
import { effectivePolicy } from "./effective-policy";
import { policyFailures } from "./policy-checks";
import { policyFromSnapshot, policySnapshot, strictest } from "./policy-rules";
import { assertMayDecide } from "./segregation";
import { applyTransition, transitionFailures } from "./transition";

export interface DecideApprovalInput {
  requestId: string;
  decision: DecisionKind;
  /** Optional for APPROVE, required for REJECT. */
  comment?: string | null;
}

function validateDecision(i: DecideApprovalInput) {
  const requestId = (i.requestId ?? "").trim();
  if (!requestId) throw invalid("requestId", "is required");
  const decision = oneOf("decision", i.decision, ["APPROVE", "REJECT"] as DecisionKind[]);
  if (!decision) throw invalid("decision", "is required");
  const comment = optionalText("comment", i.comment, 5_000) ?? null;
  if (decision === "REJECT" && !comment) throw invalid("comment", "is required when rejecting: say why");
  return { requestId, decision, comment };
}

async function claim(tx: Tx, actor: Actor, requestId: string) {
  const claimed = await tx.approvalRequest.updateMany({ where: { id: requestId, organizationId: actor.organizationId, status: "PENDING" }, data: { status: "PENDING" } });
  const request = await tx.approvalRequest.findFirst({ where: { id: requestId, organizationId: actor.organizationId } });
  if (!request) throw notFound("Approval request", requestId);
  const mine = await tx.approvalDecision.findFirst({ where: { requestId, approverId: personOf(actor), staleAt: null } });
  if (mine) {
    throw conflict(`You already decided ${mine.decision} on approval request ${requestId} (decision ${mine.id}); one person counts once, whichever credential they use`,
      { decisionId: mine.id, rule: "ONE_VOTE_PER_PERSON" });
  }
  if (claimed.count !== 1) throw conflict(`Approval request ${requestId} is ${request.status}; it takes no more decisions`, { status: request.status });
  return request;
}

export async function decideApproval(opts: { actor: Actor; input: DecideApprovalInput }) {
  authorize(opts.actor, Permission.WRITE);
  const input = validateDecision(opts.input);
  const { actor } = opts;
  try {
    return await writeTransaction(async (tx) => {
      const request = await claim(tx, actor, input.requestId);
      await lockSubjectScope(tx, actor, request);
      const subject = await loadSubject(tx, actor, request);
      const policy = strictest(policyFromSnapshot(request.policySnapshot), await effectivePolicy(tx, actor, subject.riskTier));
      assertMayDecide(actor, request, subject, policy);
      const evidence = await gatherEvidence(tx, actor, subject);
      if (input.decision === "APPROVE") {
        const unmet = [...policyFailures(policy, subject, evidence), ...(await transitionFailures(tx, actor, subject, request, true))];
        if (unmet.length) {
          throw new CanonError(ErrorCode.PRECONDITION_FAILED, `Approval refused: ${unmet.map((u) => u.message).join("; ")}`, undefined, { rules: unmet });
        }
      }
      const decision = await tx.approvalDecision.create({
        data: { requestId: request.id, approverId: personOf(actor), decision: input.decision, comment: input.comment, evidence: { ...evidence, policy: policySnapshot(policy) } as object },
      });
      await appendAuditEvent(tx, actor, { action: "approvalDecision.create", subjectId: decision.id });

      const approvals = input.decision === "APPROVE" ? await tx.approvalDecision.count({ where: { requestId: request.id, decision: "APPROVE", staleAt: null } }) : 0;
      const status = input.decision === "REJECT" ? "REJECTED" : approvals >= policy.requiredApprovals ? "APPROVED" : "PENDING";
      if (status === "PENDING") return { request, decision, approvals, requiredApprovals: policy.requiredApprovals };
      const resolved = await tx.approvalRequest.update({ where: { id: request.id }, data: { status, resolvedAt: new Date() } });
      await appendAuditEvent(tx, actor, {
        action: "approvalRequest.resolve", subjectId: request.id,
        context: { decisionId: decision.id, approvals, requiredApprovals: policy.requiredApprovals },
      });
      if (status === "APPROVED") await applyTransition(tx, actor, subject, request);
      return { request: resolved, decision, approvals, requiredApprovals: policy.requiredApprovals };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A concurrent change conflicted with this decision on approval request ${input.requestId} (one person counts once); nothing was written`);
    throw error;
  }
}
