// Admins set their organisation's policy for one risk tier (replacing the built-in default).
import { RiskTier, type Role } from "@canon/db";
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { intInRange, numberInRange, stringList } from "../shared/input";
import { Permission } from "../shared/permissions";
import { scopedOrganizationId } from "../shared/tenancy";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { effectivePolicy } from "./effective-policy";
import { APPROVER_ROLE_CHOICES, MAX_REQUIRED_APPROVALS, policyFromRow, policySnapshot } from "./policy-rules";

const SUITE = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;

export const setApprovalPolicyInput = z.object({
  riskTier: z.enum(RiskTier).refine((t) => t !== RiskTier.PROHIBITED, "PROHIBITED systems can never be approved; no policy can be set for them"),
  requiredApprovals: intInRange(1, MAX_REQUIRED_APPROVALS),
  approverRoles: stringList(APPROVER_ROLE_CHOICES)
    .refine((roles) => roles.length > 0, `name at least one of ${APPROVER_ROLE_CHOICES.join(", ")}`)
    .transform((roles) => roles as Role[]),
  requiredSuites: stringList(undefined, 50)
    .superRefine((suites, ctx) => {
      const bad = suites.find((s) => !SUITE.test(s));
      if (bad) ctx.addIssue({ code: "custom", message: `"${bad}" is not a valid suite name` });
    })
    .nullish()
    .transform((suites) => [...(suites ?? [])].sort()),
  /** 0..1; default 0. */
  minCardCompleteness: numberInRange(0, 1)
    .nullish()
    .transform((v) => v ?? 0),
  /** Default true. */
  requireClassification: z
    .boolean()
    .nullish()
    .transform((v) => v ?? true),
});
export type SetApprovalPolicyInput = z.input<typeof setApprovalPolicyInput>;

export const setApprovalPolicy = useCase({
  permission: Permission.ADMIN,
  input: z.object({ input: setApprovalPolicyInput }),
  async run({ actor, input: data }) {
    return writeTransaction(async (tx) => {
      const before = await effectivePolicy(tx, data.riskTier);
      const row = await tx.approvalPolicy.upsert({
        // The unique key names the organisation; the scope adds it to every other query.
        where: { organizationId_riskTier: { organizationId: scopedOrganizationId(), riskTier: data.riskTier } },
        // The scope stamps organizationId on the create; Prisma's types still ask for it.
        create: data as typeof data & { organizationId: string },
        update: data,
      });
      const after = policyFromRow(row);
      await appendAuditEvent(tx, actor, {
        action: "approvalPolicy.set",
        subjectId: row.id,
        context: before.isDefault ? { replacedDefault: policySnapshot(before) } : undefined,
      });
      return after;
    });
  },
});
