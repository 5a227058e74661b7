// The fixed sheets of a framework report workbook, as columns: systems in scope, the requirement matrix,
// gaps (each linking to its evidence row) and evidence. States print with the same labels as the PDF,
// offered as drop-downs and coloured by value; dates are dates.
import { lifecycleLabel, operatorRoleLabel, riskTierLabel } from "../format/labels";
import type { ComplianceSystemRow, EvidenceRow, GapRow, RequirementRow } from "../model/compliance";
import type { InventoryRiskTier, LifecycleStatusValue } from "../model/inventory";
import { DATE_FORMAT, type StreamColumn, type Tone } from "../xlsx/streaming-table";
import {
  APPLICABILITY_LABELS,
  applicabilityLabel,
  frameworkLabel,
  GAP_SEVERITY_LABELS,
  GAP_STATE_LABELS,
  GAP_STATE_TONES,
  gapSeverityLabel,
  gapStateLabel,
  REQUIREMENT_STATUS_LABELS,
  requirementStatusLabel,
  SEVERITY_TONES,
  STATE_COLOURS,
  STATUS_TONES,
  type StateTone,
} from "./compliance-labels";
import { evidenceRefText } from "./compliance-text";

export const SHEETS = { summary: "Summary", inventory: "Inventory", requirements: "Requirements", gaps: "Gaps", evidence: "Evidence" } as const;

/** Colours by label, from a code → label map and a code → tone map. */
function tonesByLabel<K extends string>(labels: Record<K, string>, tones: Record<K, StateTone>): Record<string, Tone> {
  return Object.fromEntries((Object.keys(labels) as K[]).map((k) => [labels[k], STATE_COLOURS[tones[k]]]));
}

const APPLICABILITY_TONES = { APPLICABLE: "good", NOT_APPLICABLE: "neutral", UNDECIDED: "progress" } as const;
const EXPIRED_TONES: Record<string, Tone> = { Expired: STATE_COLOURS.bad, Valid: STATE_COLOURS.good };

export const INVENTORY_COLUMNS: StreamColumn<ComplianceSystemRow>[] = [
  { header: "Reference", value: (s) => s.reference },
  { header: "AI system", value: (s) => s.name, wrap: true },
  { header: "Owner", value: (s) => s.owner },
  { header: "Lifecycle", value: (s) => lifecycleLabel(s.lifecycleStatus as LifecycleStatusValue) },
  { header: "Operator role", value: (s) => operatorRoleLabel(s.operatorRole) },
  { header: "Risk tier", value: (s) => riskTierLabel(s.riskTier as InventoryRiskTier) },
  { header: "High-risk basis", value: (s) => s.highRiskBasis },
  { header: "Versions in production", value: (s) => s.productionVersions || null, wrap: true },
  { header: "Open gaps", value: (s) => s.openGaps },
];

export const REQUIREMENT_COLUMNS: StreamColumn<RequirementRow>[] = [
  { header: "Framework", value: (r) => frameworkLabel(r.framework) },
  { header: "Requirement id", value: (r) => r.requirementId },
  { header: "Reference", value: (r) => r.reference },
  { header: "Requirement", value: (r) => r.title, wrap: true },
  { header: "Group", value: (r) => r.group, wrap: true },
  { header: "System reference", value: (r) => r.system?.reference ?? null },
  { header: "System", value: (r) => r.system?.name ?? "Organisation-wide" },
  {
    header: "Applicability",
    value: (r) => applicabilityLabel(r.applicability),
    allowed: Object.values(APPLICABILITY_LABELS),
    tones: tonesByLabel(APPLICABILITY_LABELS, APPLICABILITY_TONES),
  },
  { header: "Applicability reason", value: (r) => r.applicabilityReason, wrap: true },
  {
    header: "Status",
    value: (r) => requirementStatusLabel(r.status),
    allowed: Object.values(REQUIREMENT_STATUS_LABELS),
    tones: tonesByLabel(REQUIREMENT_STATUS_LABELS, STATUS_TONES),
  },
  { header: "Status via", value: (r) => r.via },
  { header: "Owner", value: (r) => r.owner },
  { header: "Last reviewed", value: (r) => r.lastReviewedAt, numFmt: DATE_FORMAT },
  { header: "Next review", value: (r) => r.nextReviewAt, numFmt: DATE_FORMAT },
  { header: "Current tier", value: (r) => r.currentTier },
  { header: "Target tier", value: (r) => r.targetTier },
  { header: "Evidence", value: (r) => r.evidence.map(evidenceRefText).join("\n") || null, wrap: true },
  { header: "Evidence sha256", value: (r) => r.evidence.map((e) => e.sha256 ?? "—").join("\n") || null, wrap: true },
  { header: "Expired evidence", value: (r) => r.evidence.filter((e) => e.expired).length },
];

/** Gap columns; the Evidence cell links to the evidence's row (`evidenceCell(key)`, null when not in the report). */
export function gapColumns(evidence: EvidenceRow[], evidenceCell: (key: string) => string | null): StreamColumn<GapRow>[] {
  const titles = new Map(evidence.map((e) => [e.key, e.title]));
  return [
    {
      header: "Severity",
      value: (g) => gapSeverityLabel(g.severity),
      allowed: Object.values(GAP_SEVERITY_LABELS),
      tones: tonesByLabel(GAP_SEVERITY_LABELS, SEVERITY_TONES),
    },
    { header: "State", value: (g) => gapStateLabel(g.state), allowed: Object.values(GAP_STATE_LABELS), tones: tonesByLabel(GAP_STATE_LABELS, GAP_STATE_TONES) },
    { header: "Finding", value: (g) => g.message, wrap: true },
    { header: "Rule", value: (g) => g.rule },
    { header: "System reference", value: (g) => g.system?.reference ?? null },
    { header: "System", value: (g) => g.system?.name ?? "Organisation-wide" },
    { header: "Framework", value: (g) => (g.framework ? frameworkLabel(g.framework) : null) },
    { header: "Requirement id", value: (g) => g.requirementId },
    { header: "Record to fix", value: (g) => `${g.fix.recordType}${g.fix.recordId ? ` ${g.fix.recordId}` : ""}` },
    { header: "To fix", value: (g) => g.fix.label, wrap: true },
    {
      header: "Evidence",
      value: (g) => (g.evidenceKey ? (titles.get(g.evidenceKey) ?? g.evidenceKey) : null),
      link: (g) => {
        const cell = g.evidenceKey ? evidenceCell(g.evidenceKey) : null;
        return cell ? { sheet: SHEETS.evidence, cell } : null;
      },
    },
    { header: "Evidence key", value: (g) => g.evidenceKey },
  ];
}

export const EVIDENCE_COLUMNS: StreamColumn<EvidenceRow>[] = [
  { header: "Key", value: (e) => e.key },
  { header: "Evidence", value: (e) => e.title, wrap: true },
  { header: "Kind", value: (e) => e.kind },
  { header: "Location", value: (e) => e.location, wrap: true },
  { header: "sha256", value: (e) => e.sha256 },
  { header: "Owner", value: (e) => e.owner },
  { header: "Valid from", value: (e) => e.validFrom, numFmt: DATE_FORMAT },
  { header: "Valid until", value: (e) => e.validUntil, numFmt: DATE_FORMAT },
  { header: "Expired", value: (e) => (e.expired ? "Expired" : "Valid"), allowed: ["Valid", "Expired"], tones: EXPIRED_TONES },
  { header: "Backs", value: (e) => e.backs.join("\n") || null, wrap: true },
];
