// The last step: the tier that follows from the earlier steps (Art. 5 has already stopped the walk for a
// prohibited practice). High risk by either route; otherwise transparency risk when an Art. 50 duty
// applies; otherwise minimal risk. GPAI status is a regime of its own and does not change the tier.
import type { HighRiskRouteId, RiskTierId, TransparencyDutyId } from "@canon/frameworks";
import { CLASSIFICATION_STEPS, type ClassificationReason } from "./classification-reason";

export interface RiskTierFacts {
  highRiskRoute: HighRiskRouteId | null;
  derogation: boolean;
  transparencyDuties: readonly TransparencyDutyId[];
}

export interface RiskTierFinding {
  riskTier: Exclude<RiskTierId, "PROHIBITED">;
  reason: ClassificationReason;
}

export function suggestRiskTier(facts: RiskTierFacts): RiskTierFinding {
  const step = CLASSIFICATION_STEPS.tier;
  if (facts.highRiskRoute === "ANNEX_I")
    return { riskTier: "HIGH_RISK", reason: { step, reference: "Art. 6(1)", text: "HIGH_RISK by the Annex I product route." } };
  if (facts.highRiskRoute === "ANNEX_III")
    return { riskTier: "HIGH_RISK", reason: { step, reference: "Art. 6(2)", text: "HIGH_RISK by the Annex III use route." } };
  const notHighRisk = facts.derogation ? "Annex III use not high risk under Art. 6(3)" : "not high risk";
  if (facts.transparencyDuties.length > 0) {
    return {
      riskTier: "TRANSPARENCY",
      reason: { step, reference: "Art. 50", text: `TRANSPARENCY: ${notHighRisk}, with Art. 50 duties (${facts.transparencyDuties.join(", ")}).` },
    };
  }
  return { riskTier: "MINIMAL", reason: { step, reference: "Art. 4", text: `MINIMAL: ${notHighRisk}, no Art. 50 duty; AI literacy still applies.` } };
}
