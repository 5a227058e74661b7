// The policy in force for one risk tier of the caller's organisation: its own row, else the default.
import type { RiskTier } from "@canon/db";
import type { Actor } from "../shared/actor";
import type { Tx } from "../shared/transaction";
import { defaultPolicy, policyFromRow, type ApprovalPolicyRules } from "./policy-rules";

type PolicyReader = Pick<Tx, "approvalPolicy">;

export async function effectivePolicy(db: PolicyReader, actor: Actor, riskTier: RiskTier): Promise<ApprovalPolicyRules> {
  const row = await db.approvalPolicy.findUnique({ where: { organizationId_riskTier: { organizationId: actor.organizationId, riskTier } } });
  return row ? policyFromRow(row) : defaultPolicy(riskTier);
}
