// The fields of a control assessment as a zod schema, and the rules that need several of them: an
// exclusion needs a justification (and may expire), an inclusion names its reason from the fixed list,
// tiers belong to the NIST AI RMF profile, a review is not due before it happened.
import { ControlStatus, Framework, InclusionReason } from "@canon/db";
import { findRequirement } from "@canon/frameworks";
import { z } from "zod";
import { invalid } from "../shared/errors";
import { dateTime, id, intInRange, optionalEnum, optionalId, optionalText, requiredText } from "../shared/input";

/** Organisation-defined controls carry this prefix and a title of their own. */
export const ORGANIZATION_CONTROL_PREFIX = "ORG-";

const optionalDate = dateTime.nullish();
/** "A.6.2.4", "GOVERN-1.6", "art-5(1)(a)", "ORG-7": letters, digits, . - _ ( ). */
const requirementId = requiredText(100).pipe(
  z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.()_-]*$/, "must be a requirement id such as A.6.2.4, GOVERN-1.6 or art-9"),
);
const optionalTier = intInRange(1, 4).nullish();

export const controlAssessmentInput = z.object({
  /** The AI system assessed; omitted or null: organisation-wide. */
  systemId: optionalId,
  framework: z.enum(Framework),
  /** A catalogue id ("A.6.2.4", "GOVERN-1.6", "art-9"), or "ORG-…" for an organisation-defined control. */
  requirementId,
  /** Required for organisation-defined controls; refused otherwise. */
  customTitle: optionalText(300),
  status: optionalEnum(ControlStatus),
  applicable: z.boolean().nullish(),
  /** null clears it (an applicable requirement still needs one). */
  inclusionReason: z.enum(InclusionReason).nullish(),
  /** Inclusion detail, or the justification an exclusion needs. */
  justification: optionalText(5_000),
  exclusionExpiresAt: optionalDate,
  ownerId: optionalId,
  currentTier: optionalTier,
  targetTier: optionalTier,
  lastReviewedAt: optionalDate,
  nextReviewAt: optionalDate,
  /** Replaces the evidence backing this assessment. */
  evidenceIds: z.array(id).max(200).nullish(),
});
export type ControlAssessmentInput = z.input<typeof controlAssessmentInput>;

export interface AssessmentState {
  framework: Framework;
  requirementId: string;
  customTitle: string | null;
  status: ControlStatus;
  applicable: boolean;
  inclusionReason: InclusionReason | null;
  justification: string | null;
  exclusionExpiresAt: Date | null;
  currentTier: number | null;
  targetTier: number | null;
  lastReviewedAt: Date | null;
  nextReviewAt: Date | null;
}

/** Checks the requirement exists (or is a well-formed organisation-defined control). */
export function assertRequirement(framework: Framework, requirementId: string, customTitle: string | null): void {
  if (requirementId.startsWith(ORGANIZATION_CONTROL_PREFIX)) {
    if (!customTitle) throw invalid("customTitle", "is required for an organisation-defined control (requirementId ORG-…)");
    return;
  }
  if (customTitle) throw invalid("customTitle", "is only for organisation-defined controls (requirementId ORG-…)");
  if (!findRequirement(framework, requirementId)) throw invalid("requirementId", `"${requirementId}" is not a requirement of the ${framework} catalogue`);
}

/**
 * The state after the change, made consistent: NOT_APPLICABLE and `applicable: false` go together; an
 * exclusion needs a justification; an inclusion needs its reason; tiers are NIST-only.
 */
export function settleAssessment(next: AssessmentState): AssessmentState {
  const s = { ...next };
  if (s.status === "NOT_APPLICABLE") s.applicable = false;
  else if (!s.applicable) s.status = "NOT_APPLICABLE";
  if (!s.applicable && !s.justification) throw invalid("justification", "an exclusion (not applicable) needs a justification");
  if (s.applicable && !s.inclusionReason) throw invalid("inclusionReason", "an applicable requirement needs its inclusion reason");
  if (s.applicable) s.exclusionExpiresAt = null;
  if (s.framework !== "NIST_AI_RMF" && (s.currentTier !== null || s.targetTier !== null)) {
    throw invalid(s.currentTier !== null ? "currentTier" : "targetTier", "profile tiers apply to NIST AI RMF requirements only");
  }
  if (s.lastReviewedAt && s.nextReviewAt && s.nextReviewAt < s.lastReviewedAt) throw invalid("nextReviewAt", "must not be before lastReviewedAt");
  return s;
}
