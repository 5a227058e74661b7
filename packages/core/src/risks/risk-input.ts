// A risk's fields as a zod schema, and its level: likelihood × impact on 1–5 scales, unless the
// assessor states the level.
import { RiskLevel, RiskStatus, RiskTreatment } from "@canon/db";
import { z } from "zod";
import { invalid, notFound } from "../shared/errors";
import { id, intInRange, optionalEnum, optionalId, optionalText, requiredText } from "../shared/input";
import type { Tx } from "../shared/transaction";

export const riskFieldsInput = z.object({
  title: requiredText(300).optional(),
  description: optionalText(),
  /** Where the risk comes from (ISO/IEC 42001 Annex C source, e.g. "bias", "security"). */
  category: requiredText(100).optional(),
  likelihood: intInRange(1, 5).optional(),
  impact: intInRange(1, 5).optional(),
  /** Omitted: derived from likelihood × impact. */
  level: optionalEnum(RiskLevel),
  status: optionalEnum(RiskStatus),
  /** null clears it. */
  treatment: z.enum(RiskTreatment).nullish(),
  mitigation: optionalText(),
  /** null clears it. */
  residualLevel: z.enum(RiskLevel).nullish(),
  ownerId: optionalId,
  /** The AI systems it concerns (replaces the list). */
  systemIds: z.array(id).max(500).nullish(),
  /** The control assessments that treat it (replaces the list). */
  assessmentIds: z.array(id).max(500).nullish(),
});
export type RiskFieldsInput = z.input<typeof riskFieldsInput>;

/** 1–4 LOW, 5–9 MEDIUM, 10–16 HIGH, 20–25 CRITICAL. */
export function riskLevelOf(likelihood: number, impact: number): RiskLevel {
  const score = likelihood * impact;
  return score >= 20 ? "CRITICAL" : score >= 10 ? "HIGH" : score >= 5 ? "MEDIUM" : "LOW";
}

/** Replaces a risk's systems and controls, after checking each exists in the organisation. */
export async function setRiskLinks(tx: Tx, riskId: string, systemIds: string[] | null | undefined, assessmentIds: string[] | null | undefined): Promise<void> {
  if (systemIds) {
    const ids = [...new Set(systemIds)];
    const found = await tx.aISystem.findMany({ where: { id: { in: ids } }, select: { id: true } });
    const missing = ids.find((i) => !found.some((f) => f.id === i));
    if (missing) throw notFound("AI system", missing);
    if (!ids.length) throw invalid("systemIds", "a risk concerns at least one AI system");
    await tx.riskSystem.deleteMany({ where: { riskId } });
    await tx.riskSystem.createMany({ data: ids.map((systemId) => ({ riskId, systemId })) });
  }
  if (assessmentIds) {
    const ids = [...new Set(assessmentIds)];
    const found = await tx.controlAssessment.findMany({ where: { id: { in: ids } }, select: { id: true } });
    const missing = ids.find((i) => !found.some((f) => f.id === i));
    if (missing) throw notFound("Control assessment", missing);
    await tx.riskControl.deleteMany({ where: { riskId } });
    if (ids.length) await tx.riskControl.createMany({ data: ids.map((assessmentId) => ({ riskId, assessmentId })) });
  }
}
