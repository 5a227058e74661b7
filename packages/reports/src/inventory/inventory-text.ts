// The inventory's cells as text, shared by the PDF table and the spreadsheet's summary columns.
import { annexIIILabel, environmentLabel, ENVIRONMENT_ORDER, gpaiLabel, highRiskRouteLabel, riskTierLabel, transparencyDutyLabel } from "../format/labels";
import type { EnvironmentValue, InventoryClassification, InventoryDeployment, InventoryModel } from "../model/inventory";

export const INVENTORY_TITLE = "AI system inventory";

/** "High risk (Annex III use)", "Annex III 5(b) — …", "Art. 6(3) derogation", "GPAI model", duties; one per line. */
export function classificationLines(c: InventoryClassification): string[] {
  const lines = [c.highRiskRoute ? `${riskTierLabel(c.riskTier)} (${highRiskRouteLabel(c.highRiskRoute)})` : riskTierLabel(c.riskTier)];
  const annex = annexIIILabel(c.annexIIIArea, c.annexIIIPoint);
  if (annex) lines.push(annex);
  if (c.art6_3Derogation) lines.push("Art. 6(3) derogation: not high risk");
  if (c.profiling) lines.push("Profiles natural persons");
  if (c.gpaiStatus !== "NONE") lines.push(gpaiLabel(c.gpaiStatus));
  if (c.transparencyDuties.length) lines.push(`Art. 50: ${c.transparencyDuties.map(transparencyDutyLabel).join("; ")}`);
  return lines;
}

/** "v3, v4", or "none". */
export const versionList = (numbers: number[]) => (numbers.length ? numbers.map((n) => `v${n}`).join(", ") : "none");

/** "fraud-scorer (CLASSIFIER); in production: v3; aliases: champion = v3" */
export function modelLine(m: InventoryModel): string {
  const parts = [`${m.name} (${m.kind}${m.provider ? `, ${m.provider}` : ""})`];
  parts.push(`in production: ${versionList(m.productionVersions)}`);
  if (m.aliases.length) parts.push(`aliases: ${m.aliases.map((a) => `${a.name} = v${a.version}`).join(", ")}`);
  return parts.join("; ");
}

/** What a deployment runs: "fraud-scorer v3" or "release 2 (name)". */
export function deploymentSubject(d: InventoryDeployment): string {
  return d.subject.kind === "MODEL_VERSION"
    ? `${d.subject.model} v${d.subject.version}`
    : `release ${d.subject.release}${d.subject.name ? ` (${d.subject.name})` : ""}`;
}

/** "eu-api (eu-west-1): fraud-scorer v3, 50%" */
export function deploymentLine(d: InventoryDeployment): string {
  const where = d.region ? `${d.target} (${d.region})` : d.target;
  const share = d.trafficShare < 1 ? `, ${Math.round(d.trafficShare * 1000) / 10}%` : "";
  return `${where}: ${deploymentSubject(d)}${share}${d.policyViolation ? " [policy violation]" : ""}`;
}

/** The deployments grouped by environment, in report order; environments without any are left out. */
export function deploymentsByEnvironment(
  deployments: InventoryDeployment[],
): { environment: EnvironmentValue; label: string; deployments: InventoryDeployment[] }[] {
  return ENVIRONMENT_ORDER.map((environment) => ({
    environment,
    label: environmentLabel(environment),
    deployments: deployments.filter((d) => d.environment === environment),
  })).filter((g) => g.deployments.length > 0);
}
