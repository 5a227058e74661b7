// Labels for the values a report prints. Framework content is labelled from the catalogue in
// @canon/frameworks; the registry's own states (unclassified, lifecycle, environments) are labelled here.
import {
  annexIIIArea,
  annexIIIPoint,
  EU_AI_ACT_CATALOGUE_VERSION,
  EU_AI_ACT_GPAI_STATUSES,
  EU_AI_ACT_HIGH_RISK_ROUTES,
  EU_AI_ACT_OPERATOR_ROLES,
  EU_AI_ACT_RISK_TIERS,
  EU_AI_ACT_SOURCE,
  EU_AI_ACT_TRANSPARENCY_DUTIES,
} from "@canon/frameworks";
import type { CatalogueRef } from "../model/report-header";
import type { EnvironmentValue, InventoryGpaiStatus, InventoryRiskTier, LifecycleStatusValue, MarketStatusValue } from "../model/inventory";

/** The catalogue editions these labels come from: what a report using them records. */
export function labelCatalogues(): CatalogueRef[] {
  return [{ id: EU_AI_ACT_SOURCE.id, title: `${EU_AI_ACT_SOURCE.title} (${EU_AI_ACT_SOURCE.reference})`, version: EU_AI_ACT_CATALOGUE_VERSION }];
}

const byId = <T extends { id: string; label: string }>(list: readonly T[]) => new Map<string, string>(list.map((e) => [e.id, e.label]));
const ROLES = byId(EU_AI_ACT_OPERATOR_ROLES);
const TIERS = byId(EU_AI_ACT_RISK_TIERS);
const ROUTES = byId(EU_AI_ACT_HIGH_RISK_ROUTES);
const GPAI = byId(EU_AI_ACT_GPAI_STATUSES);
const DUTIES = byId(EU_AI_ACT_TRANSPARENCY_DUTIES);

const LIFECYCLE: Record<LifecycleStatusValue, string> = {
  PLANNED: "Planned",
  IN_DEVELOPMENT: "In development",
  IN_PRODUCTION: "In production",
  RETIRED: "Retired",
};
const MARKET: Record<MarketStatusValue, string> = {
  NOT_PLACED: "Not placed",
  ON_MARKET: "On the market",
  IN_SERVICE: "In service",
  NO_LONGER_ON_MARKET: "No longer on the market",
  NO_LONGER_IN_SERVICE: "No longer in service",
  RECALLED: "Recalled",
};
const ENVIRONMENTS: Record<EnvironmentValue, string> = { PRODUCTION: "Production", STAGING: "Staging", DEVELOPMENT: "Development" };
/** Environments in the order reports list them. */
export const ENVIRONMENT_ORDER: readonly EnvironmentValue[] = ["PRODUCTION", "STAGING", "DEVELOPMENT"];

/** An unknown value prints as itself rather than failing a report. */
const or = (label: string | undefined, value: string) => label ?? value;

export const operatorRoleLabel = (id: string) => or(ROLES.get(id), id);
export const riskTierLabel = (id: InventoryRiskTier) => (id === "UNCLASSIFIED" ? "Not classified" : or(TIERS.get(id), id));
export const highRiskRouteLabel = (id: string) => or(ROUTES.get(id), id);
export const gpaiLabel = (id: InventoryGpaiStatus) => (id === "NONE" ? "Not GPAI" : or(GPAI.get(id), id));
export const transparencyDutyLabel = (id: string) => or(DUTIES.get(id), id);
export const lifecycleLabel = (id: LifecycleStatusValue) => or(LIFECYCLE[id], id);
export const marketStatusLabel = (id: MarketStatusValue) => or(MARKET[id], id);
export const environmentLabel = (id: EnvironmentValue) => or(ENVIRONMENTS[id], id);

/** "Annex III 5(b) — Creditworthiness and credit scoring…", "Annex III 2 — Safety component…", "Annex III 4 — Employment…" (area only), or null. */
export function annexIIILabel(area: number | null, point: string | null): string | null {
  if (area === null) return null;
  // Area 2 has no lettered points: its one point is the area itself (id "2").
  const p = annexIIIPoint(point ?? String(area));
  if (p) return `Annex III ${p.id} — ${p.summary}`;
  const a = annexIIIArea(area);
  return a ? `Annex III ${area} — ${a.title}` : `Annex III ${area}`;
}
