// A contributor asks for a version or release to enter a stage and/or take an alias. The policy in force
// for the subject's risk tier is snapshotted on the request. A request whose policy cannot be met yet
// (missing evaluations, a thin card, a PROHIBITED system) may still be made; its approvals are refused
// with the reasons until the evidence is there. Structural impossibilities are refused here.
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf } from "../shared/actor";
import { CanonError, conflict, ErrorCode } from "../shared/errors";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { loadSubject, lockSubjectScope } from "./approval-subject";
import { effectivePolicy } from "./effective-policy";
import { policySnapshot } from "./policy-rules";
import { requestApprovalInput } from "./request-input";
import { transitionFailures } from "./transition";

export const requestApproval = useCase({
  permission: Permission.WRITE,
  input: z.object({ input: requestApprovalInput }),
  async run({ actor, input: data }) {
    return writeTransaction(async (tx) => {
      await lockSubjectScope(tx, data);
      const subject = await loadSubject(tx, data);
      const failures = await transitionFailures(tx, subject, data, false);
      if (failures.length) {
        throw new CanonError(ErrorCode.PRECONDITION_FAILED, `Approval cannot be requested: ${failures.map((f) => f.message).join("; ")}`, undefined, {
          rules: failures,
        });
      }
      const duplicate = await tx.approvalRequest.findFirst({
        where: {
          status: "PENDING",
          modelVersionId: data.modelVersionId,
          releaseId: data.releaseId,
          targetStage: data.targetStage,
          targetAlias: data.targetAlias,
        },
        select: { id: true },
      });
      if (duplicate) throw conflict(`A pending request for the same subject and target already exists (request ${duplicate.id})`, { requestId: duplicate.id });
      const policy = await effectivePolicy(tx, subject.riskTier);
      const row = { ...data, policySnapshot: policySnapshot(policy), requestedById: personOf(actor) };
      // The scope stamps organizationId on the create; Prisma's types still ask for it.
      const created = await tx.approvalRequest.create({ data: row as typeof row & { organizationId: string } });
      await appendAuditEvent(tx, actor, { action: "approvalRequest.create", subjectId: created.id });
      return created;
    });
  },
});
