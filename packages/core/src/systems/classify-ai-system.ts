// EU AI Act classification of a system: operator role, risk tier, high-risk route, Annex III point,
// the Art. 6(3) derogation, GPAI status and Art. 50 transparency duties. The combination must be
// coherent; each rule that fails names its field.
import {
  annexIIIPointLetters,
  EU_AI_ACT_ANNEX_III,
  EU_AI_ACT_GPAI_STATUSES,
  EU_AI_ACT_HIGH_RISK_ROUTES,
  EU_AI_ACT_OPERATOR_ROLES,
  EU_AI_ACT_RISK_TIERS,
  EU_AI_ACT_TRANSPARENCY_DUTIES,
} from "@canon/frameworks";
import type { GpaiStatus, HighRiskRoute, OperatorRole, RiskTier } from "@canon/db";
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf, type Actor } from "../shared/actor";
import { invalid } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { writeTransaction } from "../shared/transaction";
import { intInRange, oneOf, optionalText, stringList } from "../shared/validate";

// The values come from the EU AI Act catalogue (@canon/frameworks); the registry adds its own states
// that are not framework content (UNCLASSIFIED, NONE).
export const TRANSPARENCY_DUTIES = EU_AI_ACT_TRANSPARENCY_DUTIES.map((d) => d.id);
const OPERATOR_ROLES: OperatorRole[] = EU_AI_ACT_OPERATOR_ROLES.map((r) => r.id);
const RISK_TIERS: RiskTier[] = ["UNCLASSIFIED", ...EU_AI_ACT_RISK_TIERS.map((t) => t.id)];
const ROUTES: HighRiskRoute[] = EU_AI_ACT_HIGH_RISK_ROUTES.map((r) => r.id);
const GPAI: GpaiStatus[] = ["NONE", ...EU_AI_ACT_GPAI_STATUSES.map((g) => g.id)];
/** Annex III point letters per area (area 2 has none). */
const ANNEX_III_POINTS: Record<number, string[]> = Object.fromEntries(EU_AI_ACT_ANNEX_III.map((a) => [a.area, annexIIIPointLetters(a.area)]));

export interface ClassificationInput {
  operatorRole: OperatorRole;
  riskTier: RiskTier;
  highRiskRoute?: HighRiskRoute | null;
  annexIIIArea?: number | null;
  annexIIIPoint?: string | null;
  art6_3Derogation?: boolean | null;
  art6_3Justification?: string | null;
  profiling?: boolean | null;
  gpaiStatus?: GpaiStatus | null;
  transparencyDuties?: string[] | null;
}

export function validateClassification(i: ClassificationInput) {
  const operatorRole = oneOf("operatorRole", i.operatorRole, OPERATOR_ROLES)!;
  const riskTier = oneOf("riskTier", i.riskTier, RISK_TIERS)!;
  if (!operatorRole) throw invalid("operatorRole", "is required");
  if (!riskTier) throw invalid("riskTier", "is required");
  const highRiskRoute = oneOf("highRiskRoute", i.highRiskRoute, ROUTES) ?? null;
  const annexIIIArea = intInRange("annexIIIArea", i.annexIIIArea, 1, 8) ?? null;
  let annexIIIPoint = optionalText("annexIIIPoint", i.annexIIIPoint, 10) ?? null;
  const derogation = i.art6_3Derogation ?? false;
  const justification = optionalText("art6_3Justification", i.art6_3Justification) ?? null;
  const profiling = i.profiling ?? false;
  const gpaiStatus = oneOf("gpaiStatus", i.gpaiStatus, GPAI) ?? "NONE";
  const transparencyDuties = stringList("transparencyDuties", i.transparencyDuties, TRANSPARENCY_DUTIES) ?? [];

  if (annexIIIPoint !== null) {
    if (annexIIIArea === null) throw invalid("annexIIIPoint", "needs annexIIIArea");
    const m = /^(\d)\(([a-e])\)$/.exec(annexIIIPoint);
    if (!m || Number(m[1]) !== annexIIIArea || !ANNEX_III_POINTS[annexIIIArea]!.includes(m[2]!)) {
      throw invalid("annexIIIPoint", `must be a point of Annex III area ${annexIIIArea}, such as "${annexIIIArea}(${ANNEX_III_POINTS[annexIIIArea]![0] ?? "a"})"`);
    }
    annexIIIPoint = `${m[1]}(${m[2]})`;
  }
  if (riskTier === "HIGH_RISK") {
    if (!highRiskRoute) throw invalid("highRiskRoute", "is required for a HIGH_RISK system (ANNEX_I or ANNEX_III)");
    if (derogation) throw invalid("art6_3Derogation", "a system under the Art. 6(3) derogation is not HIGH_RISK");
  } else if (highRiskRoute) {
    throw invalid("highRiskRoute", "applies only to HIGH_RISK systems");
  }
  if (highRiskRoute === "ANNEX_III" && annexIIIArea === null) throw invalid("annexIIIArea", "is required for the ANNEX_III route");
  if (derogation) {
    if (annexIIIArea === null) throw invalid("art6_3Derogation", "applies only to systems in an Annex III area");
    if (!justification) throw invalid("art6_3Justification", "is required when the Art. 6(3) derogation is claimed");
    if (profiling) throw invalid("art6_3Derogation", "cannot be claimed for a system that profiles natural persons (Art. 6(3), last subparagraph)");
  }
  return {
    operatorRole, riskTier, highRiskRoute, annexIIIArea, annexIIIPoint,
    art6_3Derogation: derogation, art6_3Justification: derogation ? justification : null,
    profiling, gpaiStatus, transparencyDuties,
  };
}

export async function classifyAISystem(opts: { actor: Actor; id: string; input: ClassificationInput }) {
  authorize(opts.actor, Permission.CLASSIFY);
  const data = validateClassification(opts.input);
  return writeTransaction(async (tx) => {
    const before = await findInOrg(opts.actor, "AI system", opts.id, (where) => tx.aISystem.findFirst({ where }));
    const after = await tx.aISystem.update({
      where: { id: before.id },
      data: { ...data, classifiedAt: new Date(), classifiedById: personOf(opts.actor) },
    });
    await appendAuditEvent(tx, opts.actor, { action: "aiSystem.classify", subjectId: after.id });
    return after;
  });
}
