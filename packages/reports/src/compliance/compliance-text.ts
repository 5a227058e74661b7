// A framework report's cells as text, shared by the PDF tables and the workbook: systems, evidence
// references, review dates, tiers, fixes. Instants print in UTC (format/instant.ts).
import { formatDay } from "../format/instant";
import type { ComplianceReport, EvidenceRef, GapRow, RequirementRow, SystemRef } from "../model/compliance";

/** The parts every framework report has, in print order, with their contents ids (section ids are the model's). */
export const FIXED_PARTS = [
  { id: "summary", title: "Executive summary" },
  { id: "inventory", title: "AI systems in scope" },
  { id: "requirements", title: "Requirements" },
  { id: "gaps", title: "Gaps" },
  { id: "evidence", title: "Evidence" },
] as const;

export const NOT_WRITTEN = "— to be written";

/** "CR-1 Credit scoring", or "Organisation-wide". */
export const systemText = (system: SystemRef | null) => (system ? `${system.reference} ${system.name}` : "Organisation-wide");

/** The first 12 hex digits of a sha256 ("3f2a…"), the full one being in the evidence table. */
export const shortDigest = (sha256: string | null) => (sha256 ? `${sha256.slice(0, 12)}…` : "no sha256");

/** "2026-04-01", or "—". */
export const dayText = (at: Date | null) => (at ? formatDay(at) : "—");

/** "Risk policy · sha256 3f2a9c81d0e4… · valid until 2026-12-31 · EXPIRED" */
export function evidenceRefText(ref: EvidenceRef): string {
  const parts = [ref.title, `sha256 ${shortDigest(ref.sha256)}`, ref.validUntil ? `valid until ${formatDay(ref.validUntil)}` : "no end date"];
  if (ref.expired) parts.push("EXPIRED");
  return parts.join(" · ");
}

/** "Reviewed 2026-02-01\nNext 2026-08-01" */
export const reviewText = (row: RequirementRow) => `Reviewed ${dayText(row.lastReviewedAt)}\nNext ${dayText(row.nextReviewAt)}`;

/** "Tier 2 → 3", "Tier 2", "→ 3" or "" (NIST profiles only). */
export function tierText(row: RequirementRow): string {
  if (row.currentTier === null && row.targetTier === null) return "";
  const current = row.currentTier === null ? "" : `Tier ${row.currentTier}`;
  const target = row.targetTier === null ? "" : `→ ${row.targetTier}`;
  return [current, target].filter(Boolean).join(" ");
}

/** "AISystem CR-1: Approve production version" */
export const fixText = (gap: GapRow) => `${gap.fix.recordType}${gap.fix.recordId ? ` ${gap.fix.recordId}` : ""}: ${gap.fix.label}`;

/** "Łódź Analytics (Łódź Analytics Sp. z o.o.)", or the name alone. */
export const organisationText = (report: ComplianceReport) =>
  report.organization.legalName && report.organization.legalName !== report.organization.name
    ? `${report.organization.name} (${report.organization.legalName})`
    : report.organization.name;

/** "EU AI Act (Regulation (EU) 2024/1689), edition 2026.2" */
export const catalogueText = (c: ComplianceReport["catalogues"][number]) => `${c.title}, edition ${c.version}`;
