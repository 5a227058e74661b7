// The executive summary every framework report opens with: headline figures and three charts (tier
// distribution, coverage per framework, gaps by severity), each printed with a table of its figures.
import { EU_AI_ACT_RISK_TIERS, frameworkRequirements, type FrameworkId } from "@canon/frameworks";
import type { ReportSummary } from "@canon/reports";
import { coverageOf } from "../../gaps/coverage";
import { GAP_SEVERITY_ORDER } from "../../gaps/gap";
import { text } from "../../gaps/record-fields";
import type { ReportContext } from "./report-context";

/** Charts print words, not ids: the catalogue's tier labels, the frameworks' short names. */
const TIERS: [string, string][] = [...EU_AI_ACT_RISK_TIERS.map((t): [string, string] => [t.id, t.label]), ["UNCLASSIFIED", "Not classified"]];
const FRAMEWORKS: [FrameworkId, string][] = [
  ["EU_AI_ACT", "EU AI Act"],
  ["ISO_42001", "ISO/IEC 42001"],
  ["NIST_AI_RMF", "NIST AI RMF"],
];
const SEVERITY_LABELS: Record<string, string> = { CRITICAL: "Critical", HIGH: "High", MEDIUM: "Medium", LOW: "Low" };

/** Share of a framework's requirements whose organisation-wide coverage is IMPLEMENTED (0–100). */
function coverage(ctx: ReportContext, framework: FrameworkId): number {
  const all = frameworkRequirements(framework);
  if (!all.length) return 0;
  const done = all.filter((r) => text(coverageOf(ctx.idx, framework, r.id, null)?.assessment, "status") === "IMPLEMENTED").length;
  return Math.round((done / all.length) * 1000) / 10;
}

export function buildSummary(ctx: ReportContext, extra: { label: string; value: string }[]): ReportSummary {
  const open = ctx.gaps.filter((g) => g.state !== "NOT_APPLICABLE");
  return {
    figures: [
      { label: "AI systems in scope", value: String(ctx.systems.length) },
      { label: "High-risk systems", value: String(ctx.systems.filter((s) => text(s, "riskTier") === "HIGH_RISK").length) },
      { label: "Open gaps", value: String(open.length) },
      { label: "Critical gaps", value: String(open.filter((g) => g.severity === "CRITICAL").length) },
      ...extra,
    ],
    charts: [
      {
        id: "tier-distribution",
        title: "AI systems by risk tier",
        unit: "systems",
        series: TIERS.map(([t, label]) => ({ label, value: ctx.systems.filter((s) => (text(s, "riskTier") ?? "UNCLASSIFIED") === t).length })),
      },
      {
        id: "coverage",
        title: "Requirements implemented per framework (organisation-wide)",
        unit: "% implemented",
        series: FRAMEWORKS.map(([f, label]) => ({ label, value: coverage(ctx, f) })),
      },
      {
        id: "gaps-by-severity",
        title: "Open gaps by severity",
        unit: "gaps",
        series: GAP_SEVERITY_ORDER.map((sev) => ({ label: SEVERITY_LABELS[sev]!, value: open.filter((g) => g.severity === sev).length })),
      },
    ],
  };
}
