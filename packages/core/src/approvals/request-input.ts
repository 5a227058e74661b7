// The input of an approval request, checked before any read or write.
import { Stage } from "@canon/db";
import { z } from "zod";
import { id, identifier, optional, requiredText } from "../shared/input";

/** The stages a request may move a subject to. */
export const REQUESTABLE_STAGES = [Stage.STAGING, Stage.PRODUCTION] as const;

export const requestApprovalInput = z
  .object({
    /** Exactly one of modelVersionId and releaseId. */
    modelVersionId: optional(id),
    releaseId: optional(id),
    /** STAGING or PRODUCTION. */
    targetStage: z
      .enum(Stage)
      .nullish()
      .refine((v) => !v || (REQUESTABLE_STAGES as readonly Stage[]).includes(v), `must be one of ${REQUESTABLE_STAGES.join(", ")}`),
    /** An alias of the version's model to move (or create, protected) when approved. Versions only. */
    targetAlias: optional(identifier()),
    /** With targetStage PRODUCTION: archive the model's (or system's) current PRODUCTION version(s). */
    archivePrevious: z.boolean().nullish(),
    justification: requiredText(5_000),
  })
  .superRefine((i, ctx) => {
    const refuse = (field: string, message: string) => ctx.addIssue({ code: "custom", path: [field], message });
    if (!i.modelVersionId === !i.releaseId)
      return refuse(i.modelVersionId ? "releaseId" : "modelVersionId", "give exactly one of modelVersionId and releaseId");
    if (!i.targetStage && !i.targetAlias) return refuse("targetStage", "give a targetStage, a targetAlias, or both");
    if (i.targetAlias && i.releaseId) return refuse("targetAlias", "aliases point to model versions; a release request takes a targetStage only");
    if (i.archivePrevious && i.targetStage !== "PRODUCTION") return refuse("archivePrevious", "applies only with targetStage PRODUCTION");
  })
  .transform((i) => ({
    subjectType: i.modelVersionId ? ("MODEL_VERSION" as const) : ("RELEASE" as const),
    modelVersionId: i.modelVersionId ?? null,
    releaseId: i.releaseId ?? null,
    targetStage: i.targetStage ?? null,
    targetAlias: i.targetAlias ?? null,
    archivePrevious: i.archivePrevious ?? false,
    justification: i.justification,
  }));
export type RequestApprovalInput = z.input<typeof requestApprovalInput>;
