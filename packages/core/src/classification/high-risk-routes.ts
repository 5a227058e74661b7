// The routes by which a HIGH_RISK system is high risk. The registry stores one route, but an Annex I
// product that is also used in an Annex III area is high risk by both (Art. 6(1) and 6(2)); the stored
// Annex III area says so. Outside HIGH_RISK there is no route.
import type { HighRiskRouteId } from "@canon/frameworks";
import type { ClassificationFields } from "./classification-fields";

export function highRiskRoutes(c: Pick<ClassificationFields, "riskTier" | "highRiskRoute" | "annexIIIArea">): HighRiskRouteId[] {
  if (c.riskTier !== "HIGH_RISK") return [];
  const routes = new Set<HighRiskRouteId>(c.highRiskRoute ? [c.highRiskRoute] : []);
  if (c.annexIIIArea !== null) routes.add("ANNEX_III");
  return [...routes];
}

/** How a reason names the routes: "Annex III 5(b)", "Annex III area 2", "Annex I product". */
export function describeHighRiskRoutes(c: Pick<ClassificationFields, "riskTier" | "highRiskRoute" | "annexIIIArea" | "annexIIIPoint">): string {
  return highRiskRoutes(c)
    .map((route) => (route === "ANNEX_I" ? "Annex I product" : c.annexIIIPoint ? `Annex III ${c.annexIIIPoint}` : `Annex III area ${c.annexIIIArea}`))
    .join(" and ");
}
