// Builds the AI inventory report model from the records of one instant (inventory-records.ts). Pure: no
// database, no clock. A system's deployments are those running at the instant of its releases or of
// its models' versions; its models are the ones linked to it plus those inside a release it runs; the
// versions in production are the ones those PRODUCTION deployments run.
import type { InventoryClassification, InventoryDeployment, InventoryGaps, InventoryModel, InventoryReport, InventorySystem } from "@canon/reports";
import { EU_AI_ACT_CATALOGUE_VERSION, EU_AI_ACT_SOURCE } from "@canon/frameworks";
import { groupBy } from "../shared/group-by";
import type { AuditRecord, InventoryRecords } from "./inventory-records";

const str = (r: AuditRecord, key: string): string => String(r[key] ?? "");
const optStr = (r: AuditRecord, key: string): string | null => (typeof r[key] === "string" && r[key] !== "" ? (r[key] as string) : null);
const optNum = (r: AuditRecord, key: string): number | null => (typeof r[key] === "number" ? (r[key] as number) : null);
const date = (r: AuditRecord, key: string): Date | null => (typeof r[key] === "string" ? new Date(r[key] as string) : null);
const strings = (r: AuditRecord, key: string): string[] => (Array.isArray(r[key]) ? (r[key] as unknown[]).map(String) : []);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Running at `at`: started at or before it, not ended by then (an end at exactly `at` no longer runs). */
export function runningAt(deployment: AuditRecord, at: Date): boolean {
  const started = date(deployment, "startedAt");
  const ended = date(deployment, "endedAt");
  return started !== null && started <= at && (ended === null || ended > at);
}

export function ownerLabel(records: InventoryRecords, ownerId: string | null): string | null {
  if (!ownerId) return null;
  for (const m of records.memberships.values()) {
    if (m.userId !== ownerId) continue;
    const user = (m.user ?? {}) as AuditRecord;
    return `${str(user, "name")} <${str(user, "email")}>`;
  }
  return `User ${ownerId} (not a member at this instant)`;
}

function classification(s: AuditRecord): InventoryClassification {
  return {
    operatorRole: str(s, "operatorRole") as InventoryClassification["operatorRole"],
    riskTier: str(s, "riskTier") as InventoryClassification["riskTier"],
    highRiskRoute: optStr(s, "highRiskRoute") as InventoryClassification["highRiskRoute"],
    annexIIIArea: optNum(s, "annexIIIArea"),
    annexIIIPoint: optStr(s, "annexIIIPoint"),
    art6_3Derogation: s.art6_3Derogation === true,
    profiling: s.profiling === true,
    gpaiStatus: (optStr(s, "gpaiStatus") ?? "NONE") as InventoryClassification["gpaiStatus"],
    transparencyDuties: strings(s, "transparencyDuties") as InventoryClassification["transparencyDuties"],
    classifiedAt: date(s, "classifiedAt"),
  };
}

export interface InventoryContext {
  asOf: Date;
  generatedAt: Date;
  generatedBy: string;
  /** Only these systems (null: the whole organisation). */
  systemIds?: string[] | null;
  /** Open gaps per system id at `asOf` (computed by the caller from the same records). */
  gapsBySystem?: Map<string, InventoryGaps>;
}

const NO_GAPS: InventoryGaps = { open: 0, critical: 0, high: 0 };

export function buildInventory(records: InventoryRecords, context: InventoryContext): InventoryReport {
  const { versions, models, releases } = records;
  const running = [...records.deployments.values()].filter((d) => runningAt(d, context.asOf));
  const modelOfVersion = (versionId: unknown) => {
    const v = versions.get(String(versionId));
    return v ? models.get(str(v, "modelId")) : undefined;
  };
  /** The system a deployment belongs to: its release's, or its model version's model's. */
  const systemOf = (d: AuditRecord): string | null => {
    if (d.releaseId) return optStr(releases.get(String(d.releaseId)) ?? {}, "systemId");
    return optStr(modelOfVersion(d.modelVersionId) ?? {}, "systemId");
  };
  /** The model version ids a deployment runs: its own, or every component of its release. */
  const versionsRun = (d: AuditRecord): string[] => {
    if (d.modelVersionId) return [String(d.modelVersionId)];
    const components = (releases.get(String(d.releaseId))?.components ?? []) as AuditRecord[];
    return components.flatMap((c) => (c.modelVersionId ? [String(c.modelVersionId)] : []));
  };
  const modelsBySystem = groupBy([...models.values()], (m) => optStr(m, "systemId"));
  const aliasesByModel = groupBy([...records.aliases.values()], (a) => str(a, "modelId"));
  const deploymentsBySystem = groupBy(running, systemOf);
  const aliasesOf = (modelId: string) =>
    (aliasesByModel.get(modelId) ?? [])
      .filter((a) => versions.has(str(a, "versionId")))
      .map((a) => ({ name: str(a, "name"), version: Number(versions.get(str(a, "versionId"))!.number) }))
      .sort((a, b) => byText(a.name, b.name));

  function deployment(d: AuditRecord): InventoryDeployment {
    const release = d.releaseId ? releases.get(String(d.releaseId)) : undefined;
    const version = d.modelVersionId ? versions.get(String(d.modelVersionId)) : undefined;
    return {
      environment: str(d, "environment") as InventoryDeployment["environment"],
      target: str(d, "target"),
      region: optStr(d, "region"),
      subject: release
        ? { kind: "RELEASE", release: Number(release.number), name: optStr(release, "name") }
        : { kind: "MODEL_VERSION", model: str(modelOfVersion(d.modelVersionId) ?? {}, "name"), version: Number(version?.number ?? 0) },
      trafficShare: typeof d.trafficShare === "number" ? d.trafficShare : 1,
      startedAt: date(d, "startedAt")!,
      policyViolation: d.policyViolation === true,
    };
  }

  function system(s: AuditRecord): InventorySystem {
    const id = str(s, "id");
    const deployments = deploymentsBySystem.get(id) ?? [];
    const production = new Set(deployments.filter((d) => d.environment === "PRODUCTION").flatMap(versionsRun));
    const linked = modelsBySystem.get(id) ?? [];
    const viaRelease = deployments
      .filter((d) => d.releaseId)
      .flatMap(versionsRun)
      .map(modelOfVersion)
      .filter((m): m is AuditRecord => m !== undefined && m.systemId !== id);
    const seen = new Set<string>();
    const systemModels: InventoryModel[] = [];
    for (const [m, link] of [...linked.map((m) => [m, "SYSTEM"] as const), ...viaRelease.map((m) => [m, "RELEASE"] as const)]) {
      const modelId = str(m, "id");
      if (seen.has(modelId)) continue;
      seen.add(modelId);
      systemModels.push({
        id: modelId,
        name: str(m, "name"),
        kind: str(m, "kind"),
        source: str(m, "source"),
        provider: optStr(m, "provider"),
        link,
        productionVersions: [...production]
          .map((v) => versions.get(v))
          .filter((v): v is AuditRecord => v !== undefined && v.modelId === modelId)
          .map((v) => Number(v.number))
          .sort((a, b) => a - b),
        aliases: aliasesOf(modelId),
      });
    }
    systemModels.sort((a, b) => byText(a.link, b.link) || byText(a.name, b.name));
    return {
      id,
      reference: str(s, "reference"),
      name: str(s, "name"),
      tradeName: optStr(s, "tradeName"),
      intendedPurpose: optStr(s, "intendedPurpose"),
      description: optStr(s, "description"),
      businessUnit: optStr(s, "businessUnit"),
      owner: ownerLabel(records, optStr(s, "ownerId")),
      lifecycleStatus: str(s, "lifecycleStatus") as InventorySystem["lifecycleStatus"],
      marketStatus: str(s, "marketStatus") as InventorySystem["marketStatus"],
      memberStates: strings(s, "memberStates"),
      euRegistrationNumber: optStr(s, "euRegistrationNumber"),
      registeredAt: date(s, "createdAt")!,
      classification: classification(s),
      models: systemModels,
      gaps: context.gapsBySystem?.get(id) ?? NO_GAPS,
      deployments: deployments
        .map(deployment)
        .sort((a, b) => byText(a.environment, b.environment) || byText(a.target, b.target) || a.startedAt.getTime() - b.startedAt.getTime()),
    };
  }

  const org = records.organization ?? {};
  return {
    kind: "ai-inventory",
    organization: { name: str(org, "name"), legalName: optStr(org, "legalName") },
    asOf: context.asOf,
    generatedAt: context.generatedAt,
    generatedBy: context.generatedBy,
    catalogues: [{ id: EU_AI_ACT_SOURCE.id, title: `${EU_AI_ACT_SOURCE.title} (${EU_AI_ACT_SOURCE.reference})`, version: EU_AI_ACT_CATALOGUE_VERSION }],
    scopeLabel: context.systemIds ? `${context.systemIds.length} selected system(s)` : "Whole organisation",
    systems: [...records.systems.values()]
      .filter((s) => !context.systemIds || context.systemIds.includes(str(s, "id")))
      .map(system)
      .sort((a, b) => a.name.localeCompare(b.name, "en") || byText(a.reference, b.reference)),
  };
}
