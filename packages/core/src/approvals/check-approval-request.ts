// What a pending request still lacks, without deciding anything: the same checks an APPROVE runs,
// against the data as it is now (for people and pipelines deciding what to do next).
import { z } from "zod";
import { notFound } from "../shared/errors";
import { id } from "../shared/input";
import { Permission } from "../shared/permissions";
import { reader, type Tx } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { gatherEvidence } from "./approval-evidence";
import { loadSubject } from "./approval-subject";
import { effectivePolicy } from "./effective-policy";
import { policyFailures } from "./policy-checks";
import { policyFromSnapshot, strictest } from "./policy-rules";
import { transitionFailures } from "./transition";

export const checkApprovalRequest = useCase({
  permission: Permission.READ,
  input: z.object({ id }),
  async run({ id }) {
    const db = reader() as unknown as Tx;
    const request = await db.approvalRequest.findUnique({ where: { id } });
    if (!request) throw notFound("Approval request", id);
    const subject = await loadSubject(db, request);
    const policy = strictest(policyFromSnapshot(request.policySnapshot), await effectivePolicy(db, subject.riskTier));
    const evidence = await gatherEvidence(db, subject);
    const unmet = request.status === "PENDING" ? [...policyFailures(policy, subject, evidence), ...(await transitionFailures(db, subject, request, true))] : [];
    const approvals = await db.approvalDecision.count({ where: { requestId: request.id, decision: "APPROVE", staleAt: null } });
    return {
      requestId: request.id,
      status: request.status,
      policy,
      approvals,
      requiredApprovals: policy.requiredApprovals,
      unmet,
      canBeApproved: request.status === "PENDING" && unmet.length === 0,
      evidence,
    };
  },
});
