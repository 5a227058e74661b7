import type { Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { inOrg } from "../shared/scope";
import { reader } from "../shared/transaction";
import { defaultPolicy, policyFromRow, RISK_TIERS, type ApprovalPolicyRules } from "./policy-rules";

/** The policy in force for every risk tier (the organisation's own, or the built-in default). */
export async function listApprovalPolicies(opts: { actor: Actor }): Promise<ApprovalPolicyRules[]> {
  authorize(opts.actor, Permission.READ);
  const rows = await reader().approvalPolicy.findMany({ where: inOrg(opts.actor) });
  const byTier = new Map(rows.map((r) => [r.riskTier, r]));
  return RISK_TIERS.map((tier) => {
    const row = byTier.get(tier);
    return row ? policyFromRow(row) : defaultPolicy(tier);
  });
}
