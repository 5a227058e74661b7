// A production version whose model card is below the completeness the approval policy of its
// system's tier asks for (the organisation's policy, or the built-in default).
import { cardCompleteness, type CardSections } from "../../cards/card-completeness";
import { defaultPolicy } from "../../approvals/policy-rules";
import type { Gap, GapRule } from "../gap";
import { indexRecords, num, productionVersions, systemRef, text, versionLabel } from "../record-fields";
import type { AuditRecord } from "../compliance-records";

export const cardBelowPolicy: GapRule = {
  id: "model-card-below-policy",
  title: "Model card below the policy's completeness",
  find(r) {
    const idx = indexRecords(r);
    const out: Gap[] = [];
    for (const s of r.systems.values()) {
      const tier = text(s, "riskTier") ?? "UNCLASSIFIED";
      const policy = idx.policyByTier.get(tier);
      const min = num(policy, "minCardCompleteness") ?? defaultPolicy(tier as never).minCardCompleteness;
      if (!(min > 0)) continue;
      for (const v of productionVersions(r, idx, s.id as string)) {
        const card = idx.cardByVersion.get(v.id as string);
        const have = cardCompleteness(card?.revision as AuditRecord | null | undefined as CardSections | null).overall;
        if (have >= min) continue;
        out.push({
          key: `${this.id}:${s.id}:${v.id}`,
          rule: this.id,
          state: card ? "FAILED" : "MISSING_EVIDENCE",
          severity: tier === "HIGH_RISK" ? "HIGH" : "MEDIUM",
          message: `${versionLabel(r, v)} in ${text(s, "reference")}: model card ${Math.round(have * 100)}% complete, policy for ${tier} asks ${Math.round(min * 100)}%`,
          system: systemRef(s),
          framework: "EU_AI_ACT",
          requirementId: "art-11",
          fix: { recordType: "ModelCard", recordId: (card?.id as string) ?? null, label: `Complete the model card of ${versionLabel(r, v)}` },
          evidenceId: null,
        });
      }
    }
    return out;
  },
};
