// Requirement matrix rows: one requirement for one scope, with the assessment that covers it (its own,
// the organisation-wide one, or an equivalent through the crosswalk), its evidence and review dates.
import type { FrameworkId as CatalogueFramework } from "@canon/frameworks";
import type { Applicability, RequirementRow, RequirementStatus } from "@canon/reports";
import type { AuditRecord } from "../../gaps/compliance-records";
import { coverageOf } from "../../gaps/coverage";
import { date, num, text } from "../../gaps/record-fields";
import { evidenceIdsOf, evidenceRef, owner, systemRef, type ReportContext } from "./report-context";

export interface RequirementSpec {
  framework: CatalogueFramework;
  requirementId: string;
  reference: string;
  title: string;
  group: string;
}

/** The Statement of Applicability's inclusion reasons, as a report prints them. */
export const INCLUSION_REASON_LABELS: Record<string, string> = {
  LEGAL_REQUIREMENT: "Legal or regulatory requirement",
  RISK_TREATMENT: "Risk treatment",
  CONTRACTUAL: "Contractual obligation",
  STAKEHOLDER_EXPECTATION: "Interested parties' expectation",
  BUSINESS_NEED: "Business need",
  ORGANIZATION_POLICY: "Organisation policy",
};

/** Collects which evidence backs which requirement, for the evidence table. */
export type BacksIndex = Map<string, Set<string>>;

export function requirementRow(ctx: ReportContext, spec: RequirementSpec, system: AuditRecord | null, backs: BacksIndex): RequirementRow {
  const cover = coverageOf(ctx.idx, spec.framework, spec.requirementId, (system?.id as string) ?? null);
  const a = cover?.assessment;
  const status: RequirementStatus = a ? (text(a, "status") as RequirementStatus) : "NOT_ASSESSED";
  const applicability: Applicability = !a ? "UNDECIDED" : text(a, "status") === "NOT_APPLICABLE" ? "NOT_APPLICABLE" : "APPLICABLE";
  const inclusion = a ? text(a, "inclusionReason") : null;
  const reason = a ? [inclusion ? (INCLUSION_REASON_LABELS[inclusion] ?? inclusion) : null, text(a, "justification")].filter(Boolean).join(": ") || null : null;
  const evidence = evidenceIdsOf(a)
    .map((id) => evidenceRef(ctx, id))
    .filter((e) => e !== null);
  const label = `${spec.reference}${system ? ` (${text(system, "reference")})` : ""}`;
  for (const e of evidence) (backs.get(e.key) ?? backs.set(e.key, new Set()).get(e.key)!).add(label);
  return {
    key: `${spec.framework}:${spec.requirementId}:${(system?.id as string) ?? "org"}`,
    framework: spec.framework,
    requirementId: spec.requirementId,
    reference: spec.reference,
    title: spec.title,
    group: spec.group,
    system: system ? systemRef(system) : null,
    applicability,
    applicabilityReason: reason,
    status,
    owner: a ? owner(ctx, text(a, "ownerId")) : null,
    lastReviewedAt: a ? date(a, "lastReviewedAt") : null,
    nextReviewAt: a ? date(a, "nextReviewAt") : null,
    currentTier: a ? num(a, "currentTier") : null,
    targetTier: a ? num(a, "targetTier") : null,
    evidence,
    via: cover?.via ?? null,
  };
}
