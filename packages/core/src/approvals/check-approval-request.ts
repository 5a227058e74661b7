// What a pending request still lacks, without deciding anything: the same checks an APPROVE runs,
// against the data as it is now (for people and pipelines deciding what to do next).
import type { Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { reader, type Tx } from "../shared/transaction";
import { gatherEvidence } from "./approval-evidence";
import { loadSubject } from "./approval-subject";
import { effectivePolicy } from "./effective-policy";
import { policyFailures } from "./policy-checks";
import { policyFromSnapshot, strictest } from "./policy-rules";
import { transitionFailures } from "./transition";

export async function checkApprovalRequest(opts: { actor: Actor; id: string }) {
  authorize(opts.actor, Permission.READ);
  const db = reader() as unknown as Tx;
  const request = await findInOrg(opts.actor, "Approval request", opts.id, (where) => db.approvalRequest.findFirst({ where }));
  const subject = await loadSubject(db, opts.actor, request);
  const policy = strictest(policyFromSnapshot(request.policySnapshot), await effectivePolicy(db, opts.actor, subject.riskTier));
  const evidence = await gatherEvidence(db, opts.actor, subject);
  const unmet = request.status === "PENDING"
    ? [...policyFailures(policy, subject, evidence), ...(await transitionFailures(db, opts.actor, subject, request, true))]
    : [];
  const approvals = await db.approvalDecision.count({ where: { requestId: request.id, decision: "APPROVE", staleAt: null } });
  return {
    requestId: request.id, status: request.status, policy, approvals, requiredApprovals: policy.requiredApprovals,
    unmet, canBeApproved: request.status === "PENDING" && unmet.length === 0, evidence,
  };
}
