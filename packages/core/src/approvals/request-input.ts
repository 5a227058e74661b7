// Validation of an approval request, before any read or write.
import type { Stage } from "@canon/db";
import { invalid } from "../shared/errors";
import { identifier, oneOf, requiredText } from "../shared/validate";

export interface RequestApprovalInput {
  /** Exactly one of modelVersionId and releaseId. */
  modelVersionId?: string | null;
  releaseId?: string | null;
  /** STAGING or PRODUCTION. */
  targetStage?: Stage | null;
  /** An alias of the version's model to move (or create, protected) when approved. Versions only. */
  targetAlias?: string | null;
  /** With targetStage PRODUCTION: archive the model's (or system's) current PRODUCTION version(s). */
  archivePrevious?: boolean | null;
  justification: string;
}

export const REQUESTABLE_STAGES: Stage[] = ["STAGING", "PRODUCTION"];

export function validateRequest(i: RequestApprovalInput) {
  const modelVersionId = i.modelVersionId?.trim() || null;
  const releaseId = i.releaseId?.trim() || null;
  if (!modelVersionId === !releaseId) throw invalid(modelVersionId ? "releaseId" : "modelVersionId", "give exactly one of modelVersionId and releaseId");
  const targetStage = oneOf("targetStage", i.targetStage, REQUESTABLE_STAGES) ?? null;
  const targetAlias = i.targetAlias === undefined || i.targetAlias === null || i.targetAlias.trim() === "" ? null : identifier("targetAlias", i.targetAlias);
  if (!targetStage && !targetAlias) throw invalid("targetStage", "give a targetStage, a targetAlias, or both");
  if (targetAlias && releaseId) throw invalid("targetAlias", "aliases point to model versions; a release request takes a targetStage only");
  const archivePrevious = i.archivePrevious ?? false;
  if (archivePrevious && targetStage !== "PRODUCTION") throw invalid("archivePrevious", "applies only with targetStage PRODUCTION");
  const justification = requiredText("justification", i.justification, 5_000);
  return {
    subjectType: modelVersionId ? ("MODEL_VERSION" as const) : ("RELEASE" as const),
    modelVersionId, releaseId, targetStage, targetAlias, archivePrevious, justification,
  };
}
