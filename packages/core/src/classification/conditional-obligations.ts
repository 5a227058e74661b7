// The obligations whose catalogue entry carries a condition that decides whether they apply at all
// (Art. 27, Art. 49, Art. 50): each rule reads the classification and the deployer context and returns
// why the obligation applies, and by which high-risk route its date is set, or null when it does not.
// Conditions that only narrow an obligation (Art. 53(2)'s open-source exemption) need no rule: the
// condition is quoted in the reason.
import { EU_AI_ACT_TRANSPARENCY_DUTIES, euAiActApplicationDate, type HighRiskRouteId, type OperatorRoleId } from "@canon/frameworks";
import type { ClassificationFields } from "./classification-fields";
import { highRiskRoutes } from "./high-risk-routes";
import type { ObligationContext } from "./obligation-due";

export interface ConditionalFinding {
  why: string;
  /** The route whose date governs; null for obligations that do not depend on a route. */
  dateRoute: HighRiskRouteId | null;
}

type Rule = (c: ClassificationFields, context: ObligationContext, role: OperatorRoleId) => ConditionalFinding | null;

/** Areas registered in the non-public section of the EU database (Art. 49(4)). */
const RESTRICTED_AREAS = [1, 6, 7];

function databaseSection(area: number): string {
  if (area === 2) return " Annex III area 2 registers at national level (Art. 49(5)).";
  if (RESTRICTED_AREAS.includes(area)) return ` Annex III area ${area} registers in the non-public section (Art. 49(4)).`;
  return "";
}

const fundamentalRightsAssessment: Rule = (c, context) => {
  if (!highRiskRoutes(c).includes("ANNEX_III") || c.annexIIIArea === 2) return null;
  const creditOrInsurance = c.annexIIIPoint === "5(b)" || c.annexIIIPoint === "5(c)";
  if (creditOrInsurance) {
    return {
      why: `Deployer of an Annex III ${c.annexIIIPoint} system (credit scoring or life and health insurance): assess before first use.`,
      dateRoute: "ANNEX_III",
    };
  }
  if (context.deployerIsPublicAuthority)
    return { why: "Public-authority deployer of an Annex III high-risk system: assess before first use.", dateRoute: "ANNEX_III" };
  if (context.deployerProvidesPublicServices) {
    return { why: "Private deployer providing public services with an Annex III high-risk system: assess before first use.", dateRoute: "ANNEX_III" };
  }
  return null;
};

const registration: Rule = (c, context, role) => {
  const annexIII = highRiskRoutes(c).includes("ANNEX_III");
  const area = c.annexIIIArea;
  if (role === "DEPLOYER") {
    if (!annexIII || area === null || !context.deployerIsPublicAuthority) return null;
    return {
      why: `Public-authority deployer of an Annex III high-risk system: register its use (Art. 49(3)).${databaseSection(area)}`,
      dateRoute: "ANNEX_III",
    };
  }
  if (annexIII && area !== null) {
    return {
      why: `Annex III high-risk system: register it before placing it on the market or putting it into service (Art. 49(1)).${databaseSection(area)}`,
      dateRoute: "ANNEX_III",
    };
  }
  if (c.riskTier !== "PROHIBITED" && c.art6_3Derogation && area !== null) {
    return {
      why: `Annex III system found not high-risk under Art. 6(3): register it all the same (Art. 49(2)) and keep the documented assessment (Art. 6(4)).${databaseSection(area)}`,
      dateRoute: "ANNEX_III",
    };
  }
  return null;
};

function markingTransition(): string {
  const transition = euAiActApplicationDate("art-50-2-transition");
  return ` A generative system already on the market before the general date has until ${transition.date} for the marking (${transition.ref}).`;
}

const transparency: Rule = (c, _context, role) => {
  const duties = EU_AI_ACT_TRANSPARENCY_DUTIES.filter((d) => d.holder === role && c.transparencyDuties.includes(d.id));
  if (duties.length === 0) return null;
  const marking = duties.some((d) => d.id === "50(2)") ? markingTransition() : "";
  return { why: `As ${role.toLowerCase()}: ${duties.map((d) => `${d.label} (${d.ref})`).join("; ")}.${marking}`, dateRoute: null };
};

/** Keyed by catalogue obligation id. */
export const CONDITIONAL_OBLIGATION_RULES: Readonly<Record<string, Rule>> = {
  "art-27": fundamentalRightsAssessment,
  "art-49": registration,
  "art-50": transparency,
};

/** Obligations whose condition only narrows what they require; they apply by trigger and role. */
export const NARROWING_CONDITIONS: readonly string[] = ["art-53"];
