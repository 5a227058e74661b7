// Builds a framework report model from the records as of an instant: the parts every report has
// (summary, inventory, requirement matrix, gaps, evidence) and the framework's own sections. Pure.
import { FRAMEWORK_CATALOGUES } from "@canon/frameworks";
import type { ComplianceReport, ComplianceReportKind, FrameworkId, ReportHeader } from "@canon/reports";
import type { ComplianceRecords } from "../../gaps/compliance-records";
import { computeGaps } from "../../gaps/compute-gaps";
import { text } from "../../gaps/record-fields";
import { buildSummary } from "./summary";
import { contentDigest } from "./content-digest";
import { euAiActParts } from "./build-eu-ai-act";
import { iso42001Parts } from "./build-iso-42001";
import { nistAiRmfParts } from "./build-nist-ai-rmf";
import { evidenceRows, gapRows, inventoryRows, makeContext } from "./report-context";
import type { BacksIndex } from "./requirement-rows";

export const COMPLIANCE_REPORTS: Record<ComplianceReportKind, { framework: FrameworkId; title: string; parts: typeof euAiActParts }> = {
  "eu-ai-act": { framework: "EU_AI_ACT", title: "EU AI Act compliance report", parts: euAiActParts },
  "iso-42001": { framework: "ISO_42001", title: "ISO/IEC 42001 Statement of Applicability and AI management report", parts: iso42001Parts },
  "nist-ai-rmf": { framework: "NIST_AI_RMF", title: "NIST AI RMF profile report", parts: nistAiRmfParts },
};

export interface ComplianceReportContext {
  kind: ComplianceReportKind;
  asOf: Date;
  generatedAt: Date;
  generatedBy: string;
  /** null: the whole organisation. */
  systemIds: string[] | null;
}

export function buildComplianceReport(records: ComplianceRecords, c: ComplianceReportContext): ComplianceReport {
  const spec = COMPLIANCE_REPORTS[c.kind];
  const org = records.organization ?? {};
  const header: ReportHeader = {
    organization: { name: text(org, "name") ?? "", legalName: text(org, "legalName") },
    asOf: c.asOf,
    generatedAt: c.generatedAt,
    generatedBy: c.generatedBy,
    catalogues: Object.values(FRAMEWORK_CATALOGUES).map((k) => ({ id: k.id, title: k.title, version: k.version })),
  };
  const ctx = makeContext(records, computeGaps(records, c.asOf), c.systemIds, c.asOf, header);
  const backs: BacksIndex = new Map();
  const parts = spec.parts(ctx, backs);
  const refs = ctx.systems.map((s) => text(s, "reference") ?? "");
  const model: ComplianceReport = {
    ...header,
    kind: c.kind,
    framework: spec.framework,
    title: spec.title,
    scope: c.systemIds
      ? { label: `${refs.length} system(s): ${refs.slice(0, 20).join(", ")}${refs.length > 20 ? "…" : ""}`, systemReferences: refs }
      : { label: "Whole organisation", systemReferences: null },
    contentDigest: "",
    summary: buildSummary(ctx, parts.extra),
    inventory: inventoryRows(ctx),
    requirements: parts.requirements,
    gaps: gapRows(ctx),
    evidence: evidenceRows(ctx, backs),
    sections: parts.sections,
    disclaimer: parts.disclaimer,
  };
  model.contentDigest = contentDigest(model as unknown as Record<string, unknown>);
  return model;
}
