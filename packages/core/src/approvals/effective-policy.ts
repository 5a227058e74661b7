// The policy in force for one risk tier of the caller's organisation (the open scope): its own row, else
// the default.
import type { RiskTier } from "@canon/db";
import type { Tx } from "../shared/transaction";
import { defaultPolicy, policyFromRow, type ApprovalPolicyRules } from "./policy-rules";

type PolicyReader = Pick<Tx, "approvalPolicy">;

export async function effectivePolicy(db: PolicyReader, riskTier: RiskTier): Promise<ApprovalPolicyRules> {
  const row = await db.approvalPolicy.findFirst({ where: { riskTier } });
  return row ? policyFromRow(row) : defaultPolicy(riskTier);
}
