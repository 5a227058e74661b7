// The AI inventory as a workbook: one row per AI system (classification in its own columns so it can be
// filtered), one per model of a system, one per running deployment, and a "Report" sheet saying whose
// inventory it is and as of when. Pure: the model in, the file's bytes out.
import ExcelJS from "exceljs";
import {
  environmentLabel,
  gpaiLabel,
  highRiskRouteLabel,
  lifecycleLabel,
  marketStatusLabel,
  operatorRoleLabel,
  riskTierLabel,
  transparencyDutyLabel,
  annexIIILabel,
} from "../format/labels";
import type { InventoryDeployment, InventoryModel, InventoryReport, InventorySystem } from "../model/inventory";
import { addMetadataSheet } from "../xlsx/metadata-sheet";
import { addTableSheet, DATE_TIME_FORMAT, type SheetColumn } from "../xlsx/table-sheet";
import { deploymentSubject, INVENTORY_TITLE, modelLine, versionList } from "./inventory-text";

const count = (s: InventorySystem, environment: InventoryDeployment["environment"]) => s.deployments.filter((d) => d.environment === environment).length;

export const INVENTORY_SYSTEM_COLUMNS: SheetColumn<InventorySystem>[] = [
  { header: "Reference", width: 18, value: (s) => s.reference },
  { header: "AI system", width: 28, value: (s) => s.name, wrap: true },
  { header: "Trade name", width: 18, value: (s) => s.tradeName },
  { header: "Intended purpose", width: 44, value: (s) => s.intendedPurpose, wrap: true },
  { header: "Description", width: 44, value: (s) => s.description, wrap: true },
  { header: "Business unit", width: 16, value: (s) => s.businessUnit },
  { header: "Owner", width: 28, value: (s) => s.owner },
  { header: "Lifecycle", width: 14, value: (s) => lifecycleLabel(s.lifecycleStatus) },
  { header: "Operator role", width: 16, value: (s) => operatorRoleLabel(s.classification.operatorRole) },
  { header: "Risk tier", width: 16, value: (s) => riskTierLabel(s.classification.riskTier) },
  { header: "High-risk route", width: 16, value: (s) => (s.classification.highRiskRoute ? highRiskRouteLabel(s.classification.highRiskRoute) : null) },
  { header: "Annex III area", width: 10, value: (s) => s.classification.annexIIIArea },
  { header: "Annex III point", width: 10, value: (s) => s.classification.annexIIIPoint },
  { header: "Annex III use", width: 40, value: (s) => annexIIILabel(s.classification.annexIIIArea, s.classification.annexIIIPoint), wrap: true },
  { header: "Art. 6(3) derogation", width: 12, value: (s) => s.classification.art6_3Derogation },
  { header: "Profiling", width: 10, value: (s) => s.classification.profiling },
  { header: "GPAI", width: 20, value: (s) => gpaiLabel(s.classification.gpaiStatus) },
  {
    header: "Transparency duties (Art. 50)",
    width: 30,
    value: (s) => s.classification.transparencyDuties.map(transparencyDutyLabel).join("; ") || null,
    wrap: true,
  },
  { header: "Classified at (UTC)", width: 20, value: (s) => s.classification.classifiedAt, numFmt: DATE_TIME_FORMAT },
  { header: "Open gaps", width: 10, value: (s) => s.gaps.open },
  { header: "Critical gaps", width: 10, value: (s) => s.gaps.critical },
  { header: "High gaps", width: 10, value: (s) => s.gaps.high },
  { header: "Market status", width: 16, value: (s) => marketStatusLabel(s.marketStatus) },
  { header: "Member states", width: 16, value: (s) => s.memberStates.join(", ") || null },
  { header: "EU registration no.", width: 18, value: (s) => s.euRegistrationNumber },
  { header: "Registered at (UTC)", width: 20, value: (s) => s.registeredAt, numFmt: DATE_TIME_FORMAT },
  { header: "Models", width: 50, value: (s) => s.models.map(modelLine).join("\n") || null, wrap: true },
  { header: "Production deployments", width: 12, value: (s) => count(s, "PRODUCTION") },
  { header: "Staging deployments", width: 12, value: (s) => count(s, "STAGING") },
  { header: "Development deployments", width: 12, value: (s) => count(s, "DEVELOPMENT") },
];

type SystemModel = { system: InventorySystem; model: InventoryModel };
export const INVENTORY_MODEL_COLUMNS: SheetColumn<SystemModel>[] = [
  { header: "System reference", width: 18, value: (r) => r.system.reference },
  { header: "AI system", width: 28, value: (r) => r.system.name },
  { header: "Model", width: 28, value: (r) => r.model.name },
  { header: "Kind", width: 16, value: (r) => r.model.kind },
  { header: "Source", width: 16, value: (r) => r.model.source },
  { header: "Provider", width: 16, value: (r) => r.model.provider },
  { header: "Part of the system", width: 16, value: (r) => (r.model.link === "SYSTEM" ? "Linked to the system" : "In a release it runs") },
  { header: "Versions in production", width: 18, value: (r) => (r.model.productionVersions.length ? versionList(r.model.productionVersions) : null) },
  { header: "Aliases", width: 30, value: (r) => r.model.aliases.map((a) => `${a.name} = v${a.version}`).join(", ") || null },
];

type SystemDeployment = { system: InventorySystem; deployment: InventoryDeployment };
export const INVENTORY_DEPLOYMENT_COLUMNS: SheetColumn<SystemDeployment>[] = [
  { header: "System reference", width: 18, value: (r) => r.system.reference },
  { header: "AI system", width: 28, value: (r) => r.system.name },
  { header: "Environment", width: 14, value: (r) => environmentLabel(r.deployment.environment) },
  { header: "Target", width: 20, value: (r) => r.deployment.target },
  { header: "Region", width: 14, value: (r) => r.deployment.region },
  { header: "Runs", width: 30, value: (r) => deploymentSubject(r.deployment) },
  { header: "Model", width: 24, value: (r) => (r.deployment.subject.kind === "MODEL_VERSION" ? r.deployment.subject.model : null) },
  { header: "Version", width: 10, value: (r) => (r.deployment.subject.kind === "MODEL_VERSION" ? r.deployment.subject.version : null) },
  { header: "Release", width: 10, value: (r) => (r.deployment.subject.kind === "RELEASE" ? r.deployment.subject.release : null) },
  { header: "Traffic share", width: 12, value: (r) => r.deployment.trafficShare, numFmt: "0.0%" },
  { header: "Running since (UTC)", width: 20, value: (r) => r.deployment.startedAt, numFmt: DATE_TIME_FORMAT },
  { header: "Policy violation", width: 12, value: (r) => r.deployment.policyViolation },
];

export async function renderInventoryXlsx(report: InventoryReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Canon";
  workbook.lastModifiedBy = "Canon";
  workbook.created = report.generatedAt;
  workbook.modified = report.generatedAt;
  workbook.title = `${INVENTORY_TITLE} — ${report.organization.name}`;
  workbook.subject = `AI systems of ${report.organization.name} as of ${report.asOf.toISOString()}`;
  workbook.keywords = ["AI inventory", ...report.catalogues.map((c) => `${c.id} ${c.version}`)].join(", ");

  addTableSheet(workbook, "AI systems", INVENTORY_SYSTEM_COLUMNS, report.systems);
  addTableSheet(
    workbook,
    "Models",
    INVENTORY_MODEL_COLUMNS,
    report.systems.flatMap((system) => system.models.map((model) => ({ system, model }))),
  );
  addTableSheet(
    workbook,
    "Deployments",
    INVENTORY_DEPLOYMENT_COLUMNS,
    report.systems.flatMap((system) => system.deployments.map((deployment) => ({ system, deployment }))),
  );
  addMetadataSheet(workbook, INVENTORY_TITLE, report, [
    ["Scope", report.scopeLabel],
    ["AI systems", report.systems.length],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
