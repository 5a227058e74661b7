// Risk tiers an inventory sorts systems into, and the two routes into the high-risk tier. "Limited"
// (transparency) and "minimal" are labels of practice, not terms the Act defines. Ids are the
// registry's stored values; the wording is our own short summary.

export interface RiskTierEntry {
  id: "PROHIBITED" | "HIGH_RISK" | "TRANSPARENCY" | "MINIMAL";
  label: string;
  ref: string;
  summary: string;
}

export type RiskTierId = RiskTierEntry["id"];

export const EU_AI_ACT_RISK_TIERS: readonly RiskTierEntry[] = [
  { id: "PROHIBITED", label: "Prohibited", ref: "Art. 5", summary: "A practice the Act bans outright." },
  { id: "HIGH_RISK", label: "High risk", ref: "Art. 6", summary: "Safety component of a regulated product (Annex I) or a use listed in Annex III." },
  {
    id: "TRANSPARENCY",
    label: "Transparency risk",
    ref: "Art. 50",
    summary: "Carries disclosure duties towards the people it interacts with or whose content it makes.",
  },
  { id: "MINIMAL", label: "Minimal risk", ref: "Art. 4", summary: "No tier-specific duties; AI literacy still applies." },
];

export interface HighRiskRouteEntry {
  id: "ANNEX_I" | "ANNEX_III";
  label: string;
  ref: string;
  summary: string;
}

export type HighRiskRouteId = HighRiskRouteEntry["id"];

export const EU_AI_ACT_HIGH_RISK_ROUTES: readonly HighRiskRouteEntry[] = [
  {
    id: "ANNEX_I",
    label: "Annex I product",
    ref: "Art. 6(1)",
    summary: "Safety component of, or itself, a product that needs third-party conformity assessment.",
  },
  { id: "ANNEX_III", label: "Annex III use", ref: "Art. 6(2)", summary: "Used in one of the areas listed in Annex III." },
];
