// Framework report models for the renderers' tests: names in Latin Extended and Japanese (Zoë, Łódź,
// 東京), text that looks like a spreadsheet formula, expired evidence, gaps pointing at evidence, enough
// requirement rows to span pages, and sections with fields and with tables written to named sheets.
import type { ComplianceReport, ComplianceSystemRow, EvidenceRef, EvidenceRow, GapRow, RequirementRow, RequirementStatus } from "../model/compliance";

export const AS_OF = new Date("2026-03-01T12:00:00.000Z");
export const GENERATED_AT = new Date("2026-03-15T09:30:05.000Z");
export const DIGEST = "9f2c4e1a7b3d5f60718293a4b5c6d7e8f90112233445566778899aabbccddeeff";
export const HOSTILE = '=HYPERLINK("http://evil.example","click")';
export const DISCLAIMER = "Not a conformity assessment: a record of what the registry held at the instant above.";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const sha = (n: number) => n.toString(16).padStart(4, "0").repeat(16);

export const SYSTEMS: ComplianceSystemRow[] = [
  {
    reference: "CR-1",
    name: "Credit scoring",
    owner: "Zoë Ørsted <zoe@example.com>",
    lifecycleStatus: "IN_PRODUCTION",
    operatorRole: "PROVIDER",
    riskTier: "HIGH_RISK",
    highRiskBasis: "Annex III 5(b)",
    productionVersions: "credit-gbm v3",
    openGaps: 2,
  },
  {
    reference: "TK-7",
    name: "東京 support assistant",
    owner: "Jan Kowalski (Łódź)",
    lifecycleStatus: "IN_DEVELOPMENT",
    operatorRole: "DEPLOYER",
    riskTier: "TRANSPARENCY",
    highRiskBasis: null,
    productionVersions: "",
    openGaps: 1,
  },
  {
    reference: "HX-9",
    name: HOSTILE,
    owner: null,
    lifecycleStatus: "PLANNED",
    operatorRole: "DEPLOYER",
    riskTier: "UNCLASSIFIED",
    highRiskBasis: null,
    productionVersions: "",
    openGaps: 0,
  },
];

export const EVIDENCE: EvidenceRow[] = [
  {
    key: "ev-risk-policy",
    title: "Risk management policy (Łódź)",
    kind: "DOCUMENT",
    location: "https://docs.example.com/risk-policy.pdf",
    sha256: sha(1),
    owner: "Zoë Ørsted <zoe@example.com>",
    validFrom: day("2025-06-01"),
    validUntil: day("2026-12-31"),
    expired: false,
    backs: ["Art. 9 (CR-1)", "ISO A.6.2.4"],
  },
  {
    key: "ev-eval-2025",
    title: "Bias evaluation 2025",
    kind: "EVALUATION",
    location: "Evaluation clx0eval2025",
    sha256: sha(2),
    owner: null,
    validFrom: day("2025-01-01"),
    validUntil: day("2026-01-31"),
    expired: true,
    backs: ["Art. 10 (CR-1)"],
  },
  {
    key: "ev-hostile",
    title: HOSTILE,
    kind: "DOCUMENT",
    location: "+1 (555) 0100 @helpdesk",
    sha256: null,
    owner: "-ops",
    validFrom: null,
    validUntil: null,
    expired: false,
    backs: [],
  },
];

const ref = (e: EvidenceRow): EvidenceRef => ({ key: e.key, title: e.title, sha256: e.sha256, validUntil: e.validUntil, expired: e.expired });

const STATUSES: RequirementStatus[] = ["IMPLEMENTED", "IN_PROGRESS", "NOT_STARTED", "NOT_ASSESSED", "NOT_APPLICABLE"];

/** Requirement row i (1-based): statuses cycle, every third row has evidence, the second row's evidence expired. */
export function sampleRequirement(i: number): RequirementRow {
  const status = STATUSES[(i - 1) % STATUSES.length]!;
  const system = i % 4 === 0 ? null : SYSTEMS[i % 2]!;
  return {
    key: `req-${i}`,
    framework: "ISO_42001",
    requirementId: `A.${(i % 9) + 2}.${i}`,
    reference: `A.${(i % 9) + 2}.${i}`,
    title: `Control ${String(i).padStart(3, "0")}: documented process for the AI system life cycle, reviewed at planned intervals`,
    group: `A.${(i % 9) + 2} Objective ${(i % 9) + 2}`,
    system: system ? { reference: system.reference, name: system.name } : null,
    applicability: status === "NOT_APPLICABLE" ? "NOT_APPLICABLE" : i % 7 === 0 ? "UNDECIDED" : "APPLICABLE",
    applicabilityReason: status === "NOT_APPLICABLE" ? "Excluded: no third-party suppliers of AI components" : `Included: risk assessment item ${i}`,
    status,
    owner: i % 5 === 0 ? null : "Zoë Ørsted <zoe@example.com>",
    lastReviewedAt: i % 3 === 0 ? null : day("2026-01-15"),
    nextReviewAt: i % 3 === 0 ? null : day("2026-07-15"),
    currentTier: i % 6 === 0 ? 2 : null,
    targetTier: i % 6 === 0 ? 3 : null,
    evidence: i === 2 ? [ref(EVIDENCE[1]!)] : i % 3 === 1 ? [ref(EVIDENCE[0]!)] : [],
    via: i % 8 === 0 ? "EU AI Act Art. 9" : null,
  };
}

export const GAPS: GapRow[] = [
  {
    key: "gap-1",
    state: "STALE",
    severity: "HIGH",
    rule: "evidence-expired",
    message: "The bias evaluation backing A.3.2 expired on 2026-01-31.",
    system: { reference: "CR-1", name: "Credit scoring" },
    framework: "ISO_42001",
    requirementId: "A.3.2",
    fix: { recordType: "Evaluation", recordId: "clx0eval2025", label: "Run a new bias evaluation" },
    evidenceKey: "ev-eval-2025",
  },
  {
    key: "gap-2",
    state: "MISSING_EVIDENCE",
    severity: "CRITICAL",
    rule: "high-risk-without-approved-production-version",
    message: "東京 support assistant has no approved production version.",
    system: { reference: "TK-7", name: "東京 support assistant" },
    framework: null,
    requirementId: null,
    fix: { recordType: "AISystem", recordId: "TK-7", label: "Approve a production version" },
    evidenceKey: null,
  },
  {
    key: "gap-3",
    state: "FAILED",
    severity: "MEDIUM",
    rule: "hostile-text",
    message: HOSTILE,
    system: null,
    framework: "ISO_42001",
    requirementId: "A.4.3",
    fix: { recordType: "Control", recordId: null, label: "-fix it" },
    evidenceKey: "ev-hostile",
  },
];

/** A sample ISO/IEC 42001 report with `requirements` requirement rows (60 span several landscape pages). */
export function sampleCompliance(requirements = 60): ComplianceReport {
  const rows = Array.from({ length: requirements }, (_, i) => sampleRequirement(i + 1));
  return {
    kind: "iso-42001",
    framework: "ISO_42001",
    title: "ISO/IEC 42001 compliance report",
    organization: { name: "Łódź Analytics", legalName: "Łódź Analytics Sp. z o.o." },
    asOf: AS_OF,
    generatedAt: GENERATED_AT,
    generatedBy: "Zoë Ørsted <zoe@example.com>",
    catalogues: [
      { id: "iso-42001", title: "ISO/IEC 42001:2023", version: "2026.1" },
      { id: "eu-ai-act", title: "EU AI Act (Regulation (EU) 2024/1689)", version: "2026.2" },
    ],
    scope: { label: "3 systems: CR-1, TK-7, HX-9", systemReferences: ["CR-1", "TK-7", "HX-9"] },
    contentDigest: DIGEST,
    summary: {
      figures: [
        { label: "AI systems in scope", value: "3" },
        { label: "Requirements assessed", value: String(rows.filter((r) => r.status !== "NOT_ASSESSED").length) },
        { label: "Open gaps", value: String(GAPS.length) },
      ],
      charts: [
        {
          id: "coverage",
          title: "Requirements by status",
          unit: "requirements",
          series: STATUSES.map((s) => ({ label: s.replace("_", " ").toLowerCase(), value: rows.filter((r) => r.status === s).length })),
        },
        {
          id: "gaps-by-severity",
          title: "Gaps by severity",
          unit: "gaps",
          series: [
            { label: "Critical", value: 1 },
            { label: "High", value: 1 },
            { label: "Medium", value: 1 },
            { label: "Low", value: 0 },
          ],
        },
      ],
    },
    inventory: SYSTEMS,
    requirements: rows,
    gaps: GAPS,
    evidence: EVIDENCE,
    sections: [
      {
        id: "soa",
        title: "Statement of Applicability",
        level: 1,
        blocks: [
          { kind: "paragraph", text: "Annex A controls with their applicability, as the registry records them at the instant above." },
          {
            kind: "fields",
            rows: [
              { item: "1(a)", label: "Organisation", value: "Łódź Analytics Sp. z o.o.", source: "Organization · audit seq 1 · 2025-06-01" },
              { item: "1(b)", label: "Site", value: "東京 office", source: "Organization · audit seq 7 · 2025-09-12" },
              { item: null, label: "Approved by", value: null, source: null },
            ],
          },
          {
            kind: "table",
            title: "Controls A.2–A.5",
            columns: [
              { key: "control", label: "Control" },
              { key: "applicable", label: "Applicable" },
              { key: "justification", label: "Justification" },
            ],
            rows: [
              { control: "A.2.2", applicable: "Yes", justification: "AI policy in place" },
              { control: "A.3.2", applicable: "Yes", justification: HOSTILE },
            ],
            sheet: "SoA",
          },
        ],
      },
      {
        id: "soa-more",
        title: "Controls A.6–A.10",
        level: 2,
        blocks: [
          {
            kind: "table",
            title: "Controls A.6–A.10",
            columns: [
              { key: "control", label: "Control" },
              { key: "applicable", label: "Applicable" },
              { key: "justification", label: "Justification" },
            ],
            rows: [{ control: "A.10.3", applicable: "No", justification: "No suppliers" }],
            sheet: "SoA",
          },
        ],
      },
      {
        id: "annex-viii",
        title: "Registration data (Annex VIII)",
        level: 1,
        blocks: [
          { kind: "paragraph", text: "Section A items for each high-risk system." },
          {
            kind: "table",
            title: null,
            columns: [
              { key: "item", label: "Item" },
              { key: "value", label: "Value" },
            ],
            rows: [{ item: "A1", value: "Łódź Analytics" }],
            sheet: "Annex VIII: Section A/B [draft]* registration",
          },
          {
            kind: "table",
            title: "Printed per system elsewhere",
            columns: [
              { key: "item", label: "Item" },
              { key: "value", label: "Value" },
            ],
            rows: [{ item: "B9", value: "Only in the workbook" }],
            sheet: "Annex VIII: Section A/B [draft]* registration",
            sheetOnly: true,
          },
        ],
      },
    ],
    disclaimer: DISCLAIMER,
  };
}
