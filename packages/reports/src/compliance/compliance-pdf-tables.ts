// The fixed tables of a framework report PDF: systems in scope, the requirement matrix, gaps and
// evidence. Each is a column layout (relative widths over the page) and a row mapper; rows are produced
// as the table draws them, so a large matrix is never held as text twice.
import { lifecycleLabel, operatorRoleLabel, riskTierLabel } from "../format/labels";
import { formatDay } from "../format/instant";
import type { ComplianceReport, ComplianceSystemRow, EvidenceRow, GapRow, RequirementRow } from "../model/compliance";
import type { InventoryRiskTier, LifecycleStatusValue } from "../model/inventory";
import { columnsByWeight, type FlowCell, type FlowTable } from "../pdf/flow-table";
import {
  applicabilityLabel,
  frameworkLabel,
  GAP_STATE_TONES,
  gapSeverityLabel,
  gapStateLabel,
  requirementStatusLabel,
  SEVERITY_TONES,
  STATE_COLOURS,
  STATUS_TONES,
  type StateTone,
} from "./compliance-labels";
import { dayText, evidenceRefText, fixText, reviewText, systemText, tierText } from "./compliance-text";

const toned = (text: string, tone: StateTone): FlowCell => ({ text, color: `#${STATE_COLOURS[tone].text}`, bold: tone === "bad" });

function* mapRows<T>(rows: readonly T[], map: (row: T) => FlowCell[]): Iterable<FlowCell[]> {
  for (const row of rows) yield map(row);
}

export function inventoryTable(width: number, systems: ComplianceSystemRow[]): FlowTable {
  return {
    title: "AI systems in scope",
    columns: columnsByWeight(width, [
      ["AI system", 2.4],
      ["Owner", 1.6],
      ["Lifecycle", 1],
      ["Operator role", 1.1],
      ["Risk tier", 1.1],
      ["High-risk basis", 1.2],
      ["Versions in production", 1.5],
      ["Open gaps", 0.6],
    ]),
    rows: mapRows(systems, (s) => [
      `${s.name}\nRef. ${s.reference}`,
      s.owner ?? "—",
      lifecycleLabel(s.lifecycleStatus as LifecycleStatusValue),
      operatorRoleLabel(s.operatorRole),
      riskTierLabel(s.riskTier as InventoryRiskTier),
      s.highRiskBasis ?? "—",
      s.productionVersions || "none",
      s.openGaps > 0 ? toned(String(s.openGaps), "bad") : "0",
    ]),
  };
}

export function requirementTable(width: number, requirements: RequirementRow[]): FlowTable {
  const withTiers = requirements.some((r) => r.currentTier !== null || r.targetTier !== null);
  const columns: [string, number][] = [
    ["Requirement", 2.7],
    ["System", 1.2],
    ["Applicability", 1.7],
    ["Status", 1],
    ["Owner", 1.4],
    ["Review", 1.4],
    ...(withTiers ? ([["Tier", 0.55]] as [string, number][]) : []),
    ["Evidence", 2.7],
  ];
  return {
    title: "Requirements",
    columns: columnsByWeight(width, columns),
    rows: mapRows(requirements, (r) => [
      [`${r.reference} ${r.title}`, r.group, r.via ? `Status via ${r.via}` : null].filter(Boolean).join("\n"),
      r.system ? `${r.system.name}\nRef. ${r.system.reference}` : "Organisation-wide",
      r.applicabilityReason ? `${applicabilityLabel(r.applicability)}: ${r.applicabilityReason}` : applicabilityLabel(r.applicability),
      toned(requirementStatusLabel(r.status), STATUS_TONES[r.status] ?? "neutral"),
      r.owner ?? "—",
      reviewText(r),
      ...(withTiers ? [tierText(r)] : []),
      r.evidence.length ? r.evidence.map((e) => `• ${evidenceRefText(e)}`).join("\n") : "None",
    ]),
  };
}

export function gapTable(width: number, report: ComplianceReport): FlowTable {
  const evidenceTitles = new Map(report.evidence.map((e) => [e.key, e.title]));
  return {
    title: "Gaps",
    columns: columnsByWeight(width, [
      ["Severity", 0.8],
      ["State", 1],
      ["Finding", 3.2],
      ["System", 1.4],
      ["Requirement", 1.1],
      ["Fix", 2],
      ["Evidence", 1.6],
    ]),
    rows: mapRows(report.gaps, (g: GapRow) => [
      toned(gapSeverityLabel(g.severity), SEVERITY_TONES[g.severity] ?? "neutral"),
      toned(gapStateLabel(g.state), GAP_STATE_TONES[g.state] ?? "neutral"),
      `${g.message}\nRule: ${g.rule}`,
      systemText(g.system),
      [g.framework ? frameworkLabel(g.framework) : null, g.requirementId].filter(Boolean).join(" ") || "—",
      fixText(g),
      g.evidenceKey ? `${evidenceTitles.get(g.evidenceKey) ?? "(not in this report)"}\nKey ${g.evidenceKey}` : "—",
    ]),
  };
}

export function evidenceTable(width: number, evidence: EvidenceRow[]): FlowTable {
  return {
    title: "Evidence",
    columns: columnsByWeight(width, [
      ["Evidence", 2.2],
      ["Kind", 0.9],
      ["Location", 1.8],
      ["sha256", 2.1],
      ["Owner", 1.3],
      ["Valid", 1.1],
      ["Expired", 0.6],
      ["Backs", 1.5],
    ]),
    rows: mapRows(evidence, (e) => [
      `${e.title}\nKey ${e.key}`,
      e.kind,
      e.location,
      e.sha256 ?? "—",
      e.owner ?? "—",
      `From ${dayText(e.validFrom)}\nUntil ${e.validUntil ? formatDay(e.validUntil) : "—"}`,
      e.expired ? toned("Expired", "bad") : "No",
      e.backs.join("\n") || "—",
    ]),
  };
}
