// The obligations that follow from a classification for the organisation's operator role, in catalogue
// order, each with the date it applies from for this system and why it applies. A prohibited or not yet
// classified system gets only the obligations every system has (Art. 4, Art. 5). High-risk obligations
// take the earliest date of the system's routes (an Annex I product also used in an Annex III area
// follows the Annex III date).
import { EU_AI_ACT_OBLIGATIONS, EU_AI_ACT_OPERATOR_ROLES, obligationApplicationDate, type EuAiActObligation, type HighRiskRouteId } from "@canon/frameworks";
import type { ClassificationFields } from "./classification-fields";
import { CONDITIONAL_OBLIGATION_RULES, type ConditionalFinding } from "./conditional-obligations";
import { describeHighRiskRoutes, highRiskRoutes } from "./high-risk-routes";
import type { ObligationContext, ObligationDue } from "./obligation-due";

const ROLE_LABEL = new Map(EU_AI_ACT_OPERATOR_ROLES.map((r) => [r.id, r.label]));

function byTrigger(o: EuAiActObligation, c: ClassificationFields): ConditionalFinding | null {
  const role = ROLE_LABEL.get(c.operatorRole)!;
  switch (o.trigger) {
    case "ALL":
      if (o.id === "art-5" && c.riskTier === "PROHIBITED") {
        return { why: "Screened as a prohibited practice: the system may not be placed on the market, put into service or used.", dateRoute: null };
      }
      return { why: `${role}: applies to every AI system, whatever its tier.`, dateRoute: null };
    case "HIGH_RISK":
      if (c.riskTier !== "HIGH_RISK") return null;
      return { why: `${role} of a high-risk system (${describeHighRiskRoutes(c)}).`, dateRoute: null };
    case "TRANSPARENCY":
      return c.transparencyDuties.length > 0 ? { why: `${role} of a system with Art. 50 duties.`, dateRoute: null } : null;
    case "GPAI":
      return c.gpaiStatus !== "NONE" ? { why: `${role} of a general-purpose AI model.`, dateRoute: null } : null;
    case "GPAI_SYSTEMIC":
      return c.gpaiStatus === "GPAI_SYSTEMIC" ? { why: `${role} of a general-purpose AI model with systemic risk.`, dateRoute: null } : null;
  }
}

function appliesFrom(o: EuAiActObligation, c: ClassificationFields, dateRoute: HighRiskRouteId | null): string {
  if (o.trigger !== "HIGH_RISK") return obligationApplicationDate(o.id, { highRiskRoute: null });
  const routes = dateRoute ? [dateRoute] : highRiskRoutes(c);
  return routes.map((highRiskRoute) => obligationApplicationDate(o.id, { highRiskRoute })).sort()[0]!;
}

function finding(o: EuAiActObligation, c: ClassificationFields, context: ObligationContext): ConditionalFinding | null {
  if (!o.roles.includes(c.operatorRole)) return null;
  if (c.riskTier === "UNCLASSIFIED" || c.riskTier === "PROHIBITED") return o.trigger === "ALL" ? byTrigger(o, c) : null;
  const rule = CONDITIONAL_OBLIGATION_RULES[o.id];
  if (rule) return rule(c, context, c.operatorRole);
  const found = byTrigger(o, c);
  if (found && o.condition) return { ...found, why: `${found.why} ${o.condition}.` };
  return found;
}

export function obligationsFor(classification: ClassificationFields, context: ObligationContext): ObligationDue[] {
  return EU_AI_ACT_OBLIGATIONS.flatMap((o) => {
    const found = finding(o, classification, context);
    if (!found) return [];
    return [{ obligationId: o.id, reference: o.reference, title: o.title, appliesFrom: appliesFrom(o, classification, found.dateRoute), why: found.why }];
  });
}
