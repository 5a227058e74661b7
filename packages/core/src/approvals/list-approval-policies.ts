import { z } from "zod";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { defaultPolicy, policyFromRow, RISK_TIERS, type ApprovalPolicyRules } from "./policy-rules";

/** The policy in force for every risk tier (the organisation's own, or the built-in default). */
export const listApprovalPolicies = useCase({
  permission: Permission.READ,
  // No arguments besides the actor (z.object({}) types its input as Record<string, never>, which refuses the actor).
  input: z.looseObject({}),
  async run(): Promise<ApprovalPolicyRules[]> {
    const rows = await reader().approvalPolicy.findMany();
    const byTier = new Map(rows.map((r) => [r.riskTier, r]));
    return RISK_TIERS.map((tier) => {
      const row = byTier.get(tier);
      return row ? policyFromRow(row) : defaultPolicy(tier);
    });
  },
});
