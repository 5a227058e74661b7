// Admins set their organisation's policy for one risk tier (replacing the built-in default).
import type { RiskTier, Role } from "@canon/db";
import { appendAuditEvent } from "../audit/append-audit-event";
import type { Actor } from "../shared/actor";
import { invalid } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { intInRange, numberInRange, oneOf, stringList } from "../shared/validate";
import { effectivePolicy } from "./effective-policy";
import { APPROVER_ROLE_CHOICES, MAX_REQUIRED_APPROVALS, policyFromRow, policySnapshot, RISK_TIERS } from "./policy-rules";

export interface SetApprovalPolicyInput {
  riskTier: RiskTier;
  requiredApprovals: number;
  approverRoles: Role[];
  requiredSuites?: string[] | null;
  minCardCompleteness?: number | null;
  requireClassification?: boolean | null;
}

const SUITE = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;

export function validatePolicy(i: SetApprovalPolicyInput) {
  const riskTier = oneOf("riskTier", i.riskTier, RISK_TIERS);
  if (!riskTier) throw invalid("riskTier", "is required");
  if (riskTier === "PROHIBITED") throw invalid("riskTier", "PROHIBITED systems can never be approved; no policy can be set for them");
  const requiredApprovals = intInRange("requiredApprovals", i.requiredApprovals, 1, MAX_REQUIRED_APPROVALS);
  if (requiredApprovals === undefined || requiredApprovals === null) throw invalid("requiredApprovals", "is required");
  const approverRoles = stringList("approverRoles", i.approverRoles, APPROVER_ROLE_CHOICES) as Role[] | undefined;
  if (!approverRoles?.length) throw invalid("approverRoles", `name at least one of ${APPROVER_ROLE_CHOICES.join(", ")}`);
  const requiredSuites = (stringList("requiredSuites", i.requiredSuites, undefined, 50) ?? []).sort();
  const badSuite = requiredSuites.find((s) => !SUITE.test(s));
  if (badSuite) throw invalid("requiredSuites", `"${badSuite}" is not a valid suite name`);
  const minCardCompleteness = numberInRange("minCardCompleteness", i.minCardCompleteness, 0, 1) ?? 0;
  return { riskTier, requiredApprovals, approverRoles, requiredSuites, minCardCompleteness, requireClassification: i.requireClassification ?? true };
}

export async function setApprovalPolicy(opts: { actor: Actor; input: SetApprovalPolicyInput }) {
  authorize(opts.actor, Permission.ADMIN);
  const data = validatePolicy(opts.input);
  const organizationId = opts.actor.organizationId;
  return writeTransaction(async (tx) => {
    const before = await effectivePolicy(tx, opts.actor, data.riskTier);
    const row = await tx.approvalPolicy.upsert({
      where: { organizationId_riskTier: { organizationId, riskTier: data.riskTier } },
      create: { ...data, organizationId },
      update: data,
    });
    const after = policyFromRow(row);
    await appendAuditEvent(tx, opts.actor, { action: "approvalPolicy.set", subjectId: row.id, context: before.isDefault ? { replacedDefault: policySnapshot(before) } : undefined });
    return after;
  });
}
