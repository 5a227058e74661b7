// What every framework report builder works from: the records as of the instant, the gaps computed on
// them, the systems in scope, and small helpers that turn records into what reports print.
import type { ComplianceSystemRow, EvidenceRef, EvidenceRow, GapRow, ReportHeader, SystemRef as ReportSystemRef } from "@canon/reports";
import type { ComplianceRecords, AuditRecord } from "../../gaps/compliance-records";
import type { Gap } from "../../gaps/gap";
import { indexRecords, list, productionVersions, text, versionLabel, date, type RecordIndex } from "../../gaps/record-fields";
import { ownerLabel } from "../build-inventory";

export interface ReportContext {
  records: ComplianceRecords;
  idx: RecordIndex;
  asOf: Date;
  /** Systems in scope, by reference order. */
  systems: AuditRecord[];
  gaps: Gap[];
  header: ReportHeader;
}

export function makeContext(records: ComplianceRecords, gaps: Gap[], systemIds: string[] | null, asOf: Date, header: ReportHeader): ReportContext {
  const all = [...records.systems.values()].sort((a, b) => (text(a, "reference") ?? "").localeCompare(text(b, "reference") ?? ""));
  const systems = systemIds ? all.filter((s) => systemIds.includes(s.id as string)) : all;
  const inScope = new Set(systems.map((s) => s.id as string));
  const scopedGaps = systemIds ? gaps.filter((g) => !g.system || inScope.has(g.system.id)) : gaps;
  return { records, idx: indexRecords(records), asOf, systems, gaps: scopedGaps, header };
}

export const owner = (ctx: ReportContext, ownerId: string | null) => ownerLabel(ctx.records, ownerId);
export const systemRef = (s: AuditRecord): ReportSystemRef => ({ reference: text(s, "reference") ?? "", name: text(s, "name") ?? "" });
export const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** Where a value came from: the record, the trail event that set it, and when. */
export function sourceOf(ctx: ReportContext, type: string, record: AuditRecord, label: string): string {
  const p = ctx.records.provenance.get(record.id as string);
  return p ? `${type} ${label} · audit seq ${p.seq} · ${p.changedAt.toISOString()}` : `${type} ${label}`;
}

export function inventoryRows(ctx: ReportContext): ComplianceSystemRow[] {
  const open = new Map<string, number>();
  for (const g of ctx.gaps) if (g.system && g.state !== "NOT_APPLICABLE") open.set(g.system.id, (open.get(g.system.id) ?? 0) + 1);
  return ctx.systems.map((s) => {
    const area = text(s, "annexIIIPoint") ?? (s.annexIIIArea ? String(s.annexIIIArea) : null);
    return {
      ...systemRef(s),
      owner: owner(ctx, text(s, "ownerId")),
      lifecycleStatus: text(s, "lifecycleStatus") ?? "",
      operatorRole: text(s, "operatorRole") ?? "",
      riskTier: text(s, "riskTier") ?? "UNCLASSIFIED",
      highRiskBasis: text(s, "highRiskRoute") === "ANNEX_I" ? "Annex I" : area ? `Annex III ${area}` : null,
      productionVersions: productionVersions(ctx.records, ctx.idx, s.id as string)
        .map((v) => versionLabel(ctx.records, v))
        .sort()
        .join(", "),
      openGaps: open.get(s.id as string) ?? 0,
    };
  });
}

export function evidenceRef(ctx: ReportContext, evidenceId: string): EvidenceRef | null {
  const e = ctx.records.evidence.get(evidenceId);
  if (!e) return null;
  const until = date(e, "validUntil");
  return { key: evidenceId, title: text(e, "title") ?? "", sha256: text(e, "sha256"), validUntil: until, expired: !!until && until < ctx.asOf };
}

/** Every evidence item backing an assessment the report cites, with what it backs. */
export function evidenceRows(ctx: ReportContext, backs: Map<string, Set<string>>): EvidenceRow[] {
  return [...backs.keys()]
    .map((id) => ctx.records.evidence.get(id))
    .filter((e): e is AuditRecord => !!e)
    .sort((a, b) => (text(a, "title") ?? "").localeCompare(text(b, "title") ?? ""))
    .map((e) => {
      const until = date(e, "validUntil");
      return {
        key: e.id as string,
        title: text(e, "title") ?? "",
        kind: text(e, "kind") ?? "",
        location: text(e, "url") ?? `${text(e, "recordType")} ${text(e, "recordId")}`,
        sha256: text(e, "sha256"),
        owner: owner(ctx, text(e, "ownerId")),
        validFrom: date(e, "validFrom"),
        validUntil: until,
        expired: !!until && until < ctx.asOf,
        backs: [...(backs.get(e.id as string) ?? [])].sort(),
      };
    });
}

export function gapRows(ctx: ReportContext): GapRow[] {
  return ctx.gaps.map((g) => ({
    key: g.key,
    state: g.state,
    severity: g.severity,
    rule: g.rule,
    message: g.message,
    system: g.system ? { reference: g.system.reference, name: g.system.name } : null,
    framework: g.framework,
    requirementId: g.requirementId,
    fix: g.fix,
    evidenceKey: g.evidenceId,
  }));
}

export const evidenceIdsOf = (a: AuditRecord | undefined) => (a ? (list(a, "evidenceIds") as string[]) : []);
