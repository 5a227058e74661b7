// Reading fields of audit records (canonical JSON: dates are ISO strings, lists are arrays) with their
// types, and the relations the gap rules follow (a system's models, their production versions).
import { groupBy } from "../shared/group-by";
import type { AuditRecord, ComplianceRecords } from "./compliance-records";

export const text = (r: AuditRecord | undefined, key: string): string | null => (typeof r?.[key] === "string" ? (r[key] as string) : null);
export const num = (r: AuditRecord | undefined, key: string): number | null => (typeof r?.[key] === "number" ? (r[key] as number) : null);
export const bool = (r: AuditRecord | undefined, key: string): boolean => r?.[key] === true;
export const list = (r: AuditRecord | undefined, key: string): unknown[] => (Array.isArray(r?.[key]) ? (r[key] as unknown[]) : []);
export const date = (r: AuditRecord | undefined, key: string): Date | null => {
  const v = text(r, key);
  return v ? new Date(v) : null;
};

export interface SystemRef {
  id: string;
  reference: string;
  name: string;
}

export const systemRef = (s: AuditRecord): SystemRef => ({ id: s.id as string, reference: text(s, "reference") ?? "", name: text(s, "name") ?? "" });

/** An index of the relations the rules follow, built once per computation. */
export interface RecordIndex {
  modelsBySystem: Map<string, AuditRecord[]>;
  versionsByModel: Map<string, AuditRecord[]>;
  releasesBySystem: Map<string, AuditRecord[]>;
  cardByVersion: Map<string, AuditRecord>;
  evaluationsByVersion: Map<string, AuditRecord[]>;
  assessmentsByScope: Map<string, AuditRecord[]>;
  policyByTier: Map<string, AuditRecord>;
}

const indexes = new WeakMap<ComplianceRecords, RecordIndex>();

/** The index of a set of records, built once however many rules and builders ask for it. */
export function indexRecords(r: ComplianceRecords): RecordIndex {
  const known = indexes.get(r);
  if (known) return known;
  const idx = buildIndex(r);
  indexes.set(r, idx);
  return idx;
}

function buildIndex(r: ComplianceRecords): RecordIndex {
  const byId = (rows: Iterable<AuditRecord>, key: string) => new Map([...rows].map((row) => [text(row, key)!, row]));
  return {
    modelsBySystem: groupBy(r.models.values(), (m) => text(m, "systemId")),
    versionsByModel: groupBy(r.versions.values(), (v) => text(v, "modelId")),
    releasesBySystem: groupBy(r.releases.values(), (rel) => text(rel, "systemId")),
    cardByVersion: byId(r.modelCards.values(), "modelVersionId"),
    evaluationsByVersion: groupBy(r.evaluations.values(), (e) => text(e, "modelVersionId")),
    assessmentsByScope: groupBy(r.assessments.values(), (a) => text(a, "scopeKey") ?? ""),
    policyByTier: byId(r.approvalPolicies.values(), "riskTier"),
  };
}

/** The model versions a system runs in production: its models' PRODUCTION versions and the components of its PRODUCTION releases. */
export function productionVersions(r: ComplianceRecords, idx: RecordIndex, systemId: string): AuditRecord[] {
  const out = new Map<string, AuditRecord>();
  for (const m of idx.modelsBySystem.get(systemId) ?? []) {
    for (const v of idx.versionsByModel.get(m.id as string) ?? []) if (text(v, "stage") === "PRODUCTION") out.set(v.id as string, v);
  }
  for (const rel of idx.releasesBySystem.get(systemId) ?? []) {
    if (text(rel, "stage") !== "PRODUCTION") continue;
    for (const c of list(rel, "components") as AuditRecord[]) {
      const v = text(c, "modelVersionId") ? r.versions.get(text(c, "modelVersionId")!) : undefined;
      if (v) out.set(v.id as string, v);
    }
  }
  return [...out.values()];
}

/** "credit-scorer v3". */
export function versionLabel(r: ComplianceRecords, v: AuditRecord): string {
  const model = r.models.get(text(v, "modelId") ?? "");
  return `${text(model, "name") ?? "model"} v${num(v, "number") ?? "?"}`;
}
