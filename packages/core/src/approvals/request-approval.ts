// A contributor asks for a version or release to enter a stage and/or take an alias. The policy in force
// for the subject's risk tier is snapshotted on the request. A request whose policy cannot be met yet
// (missing evaluations, a thin card, a PROHIBITED system) may still be made; its approvals are refused
// with the reasons until the evidence is there. Structural impossibilities are refused here.
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf, type Actor } from "../shared/actor";
import { CanonError, conflict, ErrorCode } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { loadSubject, lockSubjectScope } from "./approval-subject";
import { effectivePolicy } from "./effective-policy";
import { policySnapshot } from "./policy-rules";
import { validateRequest, type RequestApprovalInput } from "./request-input";
import { transitionFailures } from "./transition";

export async function requestApproval(opts: { actor: Actor; input: RequestApprovalInput }) {
  authorize(opts.actor, Permission.WRITE);
  const data = validateRequest(opts.input);
  const organizationId = opts.actor.organizationId;
  return writeTransaction(async (tx) => {
    await lockSubjectScope(tx, opts.actor, data);
    const subject = await loadSubject(tx, opts.actor, data);
    const failures = await transitionFailures(tx, opts.actor, subject, data, false);
    if (failures.length) {
      throw new CanonError(ErrorCode.PRECONDITION_FAILED, `Approval cannot be requested: ${failures.map((f) => f.message).join("; ")}`, undefined, { rules: failures });
    }
    const duplicate = await tx.approvalRequest.findFirst({
      where: { organizationId, status: "PENDING", modelVersionId: data.modelVersionId, releaseId: data.releaseId, targetStage: data.targetStage, targetAlias: data.targetAlias },
      select: { id: true },
    });
    if (duplicate) throw conflict(`A pending request for the same subject and target already exists (request ${duplicate.id})`, { requestId: duplicate.id });
    const policy = await effectivePolicy(tx, opts.actor, subject.riskTier);
    const created = await tx.approvalRequest.create({
      data: { ...data, organizationId, policySnapshot: policySnapshot(policy), requestedById: personOf(opts.actor) },
    });
    await appendAuditEvent(tx, opts.actor, { action: "approvalRequest.create", subjectId: created.id });
    return created;
  });
}
