// The framework report model (EU AI Act, ISO/IEC 42001, NIST AI RMF): what core gathers from the
// registry as it stood at `asOf`, and what the PDF and XLSX renderers print. One shape for the three
// frameworks: fixed parts every report has (summary, inventory, requirement matrix, gaps, evidence) and
// framework-specific sections made of generic blocks. Plain data (no Prisma types, no functions), so it
// crosses a worker-thread boundary unchanged; renderers never read the clock or the database.
import type { ReportHeader } from "./report-header";

export type FrameworkId = "EU_AI_ACT" | "ISO_42001" | "NIST_AI_RMF";
export type ComplianceReportKind = "eu-ai-act" | "iso-42001" | "nist-ai-rmf";

/** Why a requirement is not met, as the registry computed it (never a score on empty data). */
export type GapState = "MISSING_EVIDENCE" | "FAILED" | "STALE" | "NOT_APPLICABLE" | "UNKNOWN";
export type GapSeverity = "CRITICAL" | "HIGH" | "MEDIUM" | "LOW";
/** An assessment's status, or NOT_ASSESSED when no assessment covers the requirement. */
export type RequirementStatus = "NOT_ASSESSED" | "NOT_STARTED" | "IN_PROGRESS" | "IMPLEMENTED" | "NOT_APPLICABLE";
export type Applicability = "APPLICABLE" | "NOT_APPLICABLE" | "UNDECIDED";

export interface ComplianceReport extends ReportHeader {
  kind: ComplianceReportKind;
  framework: FrameworkId;
  /** "EU AI Act compliance report", as printed on the cover and in the PDF metadata. */
  title: string;
  /** What the report covers: the whole organisation or a filtered set of systems. */
  scope: ReportScope;
  /** sha256 (hex) of the report's content (this model in canonical JSON without this field), computed by core. */
  contentDigest: string;
  summary: ReportSummary;
  inventory: ComplianceSystemRow[];
  requirements: RequirementRow[];
  gaps: GapRow[];
  evidence: EvidenceRow[];
  /** Framework-specific parts, in print order (classification overview, Annex VIII sheets, SoA, profile…). */
  sections: ReportSection[];
  /** Printed in every page footer when set (e.g. "Not a conformity assessment"). */
  disclaimer: string | null;
}

export interface ReportScope {
  /** "Whole organisation", or a description of the filter ("3 systems: CR-1, CR-2, HR-7"). */
  label: string;
  /** null: the whole organisation. */
  systemReferences: string[] | null;
}

export interface ReportSummary {
  /** Headline figures ("AI systems: 42"), in print order. */
  figures: { label: string; value: string }[];
  /** Drawn as vector charts in the PDF, each with a table of the same figures beside it. */
  charts: ChartData[];
}

export interface ChartData {
  /** Stable id ("tier-distribution", "coverage", "gaps-by-severity"). */
  id: string;
  title: string;
  /** What a value counts ("systems", "% implemented", "gaps"). */
  unit: string;
  series: { label: string; value: number }[];
}

export interface SystemRef {
  reference: string;
  name: string;
}

export interface ComplianceSystemRow extends SystemRef {
  owner: string | null;
  lifecycleStatus: string;
  operatorRole: string;
  /** "HIGH_RISK", "UNCLASSIFIED"… */
  riskTier: string;
  /** "Annex III 5(b)", "Annex I", or null. */
  highRiskBasis: string | null;
  /** "credit-scorer v3, fraud v12"; empty when nothing is in production. */
  productionVersions: string;
  openGaps: number;
}

export interface EvidenceRef {
  /** The EvidenceRow.key this points at. */
  key: string;
  title: string;
  sha256: string | null;
  validUntil: Date | null;
  /** Past validUntil at asOf: the requirements it backs are stale. */
  expired: boolean;
}

export interface RequirementRow {
  /** Unique within the report (framework, requirement and scope). */
  key: string;
  framework: FrameworkId;
  /** Catalogue id ("A.6.2.4", "GOVERN-1.6", "art-9"). */
  requirementId: string;
  /** How the framework cites it ("A.6.2.4", "GOVERN 1.6", "Art. 9"). */
  reference: string;
  title: string;
  /** Objective, clause, function/category or article group it belongs to. */
  group: string;
  /** The system the row is about; null for organisation-wide. */
  system: SystemRef | null;
  applicability: Applicability;
  /** Inclusion reason or exclusion justification, as recorded. */
  applicabilityReason: string | null;
  status: RequirementStatus;
  owner: string | null;
  lastReviewedAt: Date | null;
  nextReviewAt: Date | null;
  /** NIST profile tiers (1–4); null elsewhere or when not set. */
  currentTier: number | null;
  targetTier: number | null;
  evidence: EvidenceRef[];
  /** Set when the status comes from an assessment of another framework through the crosswalk ("ISO A.6.2.4"). */
  via: string | null;
}

export interface GapRow {
  key: string;
  state: GapState;
  severity: GapSeverity;
  /** The rule that found it ("high-risk-without-approved-production-version"). */
  rule: string;
  /** What is wrong, in a sentence. */
  message: string;
  system: SystemRef | null;
  framework: FrameworkId | null;
  requirementId: string | null;
  /** The record to fix. */
  fix: { recordType: string; recordId: string | null; label: string };
  /** EvidenceRow.key of the evidence involved (expired evidence), for a link in the XLSX. */
  evidenceKey: string | null;
}

export interface EvidenceRow {
  key: string;
  title: string;
  /** DOCUMENT, EVALUATION, MODEL_CARD, APPROVAL, DEPLOYMENT… */
  kind: string;
  /** A document URL, or the registry record it points at ("Evaluation clx…"). */
  location: string;
  sha256: string | null;
  owner: string | null;
  validFrom: Date | null;
  validUntil: Date | null;
  expired: boolean;
  /** Requirement references it backs ("ISO A.6.2.4", "Art. 9 (CR-1)"). */
  backs: string[];
}

export interface ReportSection {
  /** Stable id, used for bookmarks and as an XLSX sheet name base. */
  id: string;
  title: string;
  /** 1: a chapter (starts the contents entry); 2: a sub-section under the previous chapter. */
  level: 1 | 2;
  blocks: ReportBlock[];
}

export type ReportBlock =
  | { kind: "paragraph"; text: string }
  /** Label/value pairs with where each value came from ("AISystem CR-1 · audit seq 42 · 2026-11-02"). */
  | { kind: "fields"; rows: FieldRow[] }
  | ReportTable;

export interface FieldRow {
  /** "A4", "1(a)", or a plain label. */
  item: string | null;
  label: string;
  /** null: nothing in the registry fills it (printed as "— to be written"). */
  value: string | null;
  source: string | null;
}

export interface ReportTable {
  kind: "table";
  title: string | null;
  columns: { key: string; label: string }[];
  rows: Record<string, string>[];
  /** Also written to this XLSX sheet (tables sharing a sheet share their columns; rows are appended). */
  sheet: string | null;
  /** Only for the sheet: the PDF prints the same rows elsewhere (per system), so it leaves this table out. */
  sheetOnly?: boolean;
}
