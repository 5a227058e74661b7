// Assess a requirement for an AI system or organisation-wide: creates the assessment the first time and
// changes it afterwards (one row per scope, framework and requirement), with the evidence that backs it.
// Assess once, report against every framework: the crosswalk carries the result to the equivalent
// requirements when reports are gathered.
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf } from "../shared/actor";
import { conflict, invalid, isUniqueViolation, notFound } from "../shared/errors";
import { assertMember } from "../shared/members";
import { Permission } from "../shared/permissions";
import { writeTransaction, type Tx } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { assertRequirement, controlAssessmentInput, settleAssessment, type AssessmentState } from "./assessment-input";

async function assertEvidence(tx: Tx, ids: string[]): Promise<void> {
  const found = await tx.evidence.findMany({ where: { id: { in: ids } }, select: { id: true } });
  const missing = ids.filter((i) => !found.some((f) => f.id === i));
  if (missing.length) throw invalid("evidenceIds", `no evidence ${missing.slice(0, 3).join(", ")} in this organisation`);
}

export const setControlAssessment = useCase({
  permission: Permission.WRITE,
  input: z.object({ input: controlAssessmentInput }),
  async run({ actor, input }) {
    const { systemId, framework, requirementId, evidenceIds, ownerId, ...fields } = input;
    const scopeKey = systemId ?? "";
    try {
      return await writeTransaction(async (tx) => {
        if (systemId && !(await tx.aISystem.findUnique({ where: { id: systemId }, select: { id: true } }))) throw notFound("AI system", systemId);
        await assertMember(tx, "ownerId", ownerId);
        const existing = await tx.controlAssessment.findFirst({ where: { scopeKey, framework, requirementId } });
        const pick = <K extends keyof AssessmentState>(k: K, fallback: AssessmentState[K]): AssessmentState[K] =>
          (fields as Record<string, unknown>)[k] !== undefined
            ? ((fields as Record<string, unknown>)[k] as AssessmentState[K])
            : existing
              ? (existing[k] as AssessmentState[K])
              : fallback;
        // Made applicable again without a status: the exclusion's NOT_APPLICABLE must not win over `applicable: true`.
        const reincluded = fields.applicable === true && fields.status === undefined && existing?.status === "NOT_APPLICABLE";
        const state = settleAssessment({
          framework,
          requirementId,
          customTitle: pick("customTitle", null),
          status: reincluded ? "NOT_STARTED" : (pick("status", "NOT_STARTED") ?? "NOT_STARTED"),
          applicable: pick("applicable", true) ?? true,
          inclusionReason: pick("inclusionReason", null),
          justification: pick("justification", null),
          exclusionExpiresAt: pick("exclusionExpiresAt", null),
          currentTier: pick("currentTier", null),
          targetTier: pick("targetTier", null),
          lastReviewedAt: pick("lastReviewedAt", null),
          nextReviewAt: pick("nextReviewAt", null),
        });
        assertRequirement(framework, requirementId, state.customTitle);
        if (evidenceIds) await assertEvidence(tx, evidenceIds);
        const data = { ...state, ...(ownerId !== undefined ? { ownerId } : {}) };
        const saved = existing
          ? await tx.controlAssessment.update({ where: { id: existing.id }, data })
          : await tx.controlAssessment.create({ data: { ...data, systemId: systemId ?? null, scopeKey, createdById: personOf(actor) } as any });
        if (evidenceIds) {
          await tx.evidenceLink.deleteMany({ where: { assessmentId: saved.id } });
          if (evidenceIds.length)
            await tx.evidenceLink.createMany({ data: [...new Set(evidenceIds)].map((evidenceId) => ({ evidenceId, assessmentId: saved.id })) });
        }
        await appendAuditEvent(tx, actor, { action: existing ? "controlAssessment.update" : "controlAssessment.create", subjectId: saved.id });
        return tx.controlAssessment.findUniqueOrThrow({ where: { id: saved.id }, include: { evidence: { select: { evidenceId: true } } } });
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict(`${framework} ${requirementId} was assessed by someone else at the same time for this scope: reload and try again`);
      throw error;
    }
  },
});
