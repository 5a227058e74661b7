// The EU AI Act classification of a system, as a zod schema (values from the EU AI Act catalogue in
// @canon/frameworks) and the rules that need the whole classification: the combination must be
// coherent, and each rule that fails names its field.
import {
  annexIIIPointLetters,
  EU_AI_ACT_ANNEX_III,
  EU_AI_ACT_GPAI_STATUSES,
  EU_AI_ACT_HIGH_RISK_ROUTES,
  EU_AI_ACT_OPERATOR_ROLES,
  EU_AI_ACT_RISK_TIERS,
  EU_AI_ACT_TRANSPARENCY_DUTIES,
} from "@canon/frameworks";
import { z } from "zod";
import { invalid } from "../shared/errors";
import { intInRange, optionalText, stringList } from "../shared/input";

// The values come from the catalogue; the registry adds its own states that are not framework content
// (UNCLASSIFIED, NONE). classification.test.ts checks they are the stored enums' values.
export const TRANSPARENCY_DUTIES = EU_AI_ACT_TRANSPARENCY_DUTIES.map((d) => d.id);
export const OPERATOR_ROLES = EU_AI_ACT_OPERATOR_ROLES.map((r) => r.id);
export const RISK_TIERS = ["UNCLASSIFIED" as const, ...EU_AI_ACT_RISK_TIERS.map((t) => t.id)];
export const HIGH_RISK_ROUTES = EU_AI_ACT_HIGH_RISK_ROUTES.map((r) => r.id);
export const GPAI_STATUSES = ["NONE" as const, ...EU_AI_ACT_GPAI_STATUSES.map((g) => g.id)];
/** Annex III point letters per area (area 2 has none). */
const ANNEX_III_POINTS: Record<number, string[]> = Object.fromEntries(EU_AI_ACT_ANNEX_III.map((a) => [a.area, annexIIIPointLetters(a.area)]));

export const classificationInput = z.object({
  operatorRole: z.enum(OPERATOR_ROLES),
  riskTier: z.enum(RISK_TIERS),
  highRiskRoute: z.enum(HIGH_RISK_ROUTES).nullish(),
  annexIIIArea: intInRange(1, 8).nullish(),
  annexIIIPoint: optionalText(10),
  art6_3Derogation: z.boolean().nullish(),
  art6_3Justification: optionalText(),
  profiling: z.boolean().nullish(),
  gpaiStatus: z.enum(GPAI_STATUSES).nullish(),
  transparencyDuties: stringList(TRANSPARENCY_DUTIES).nullish(),
});
export type ClassificationInput = z.input<typeof classificationInput>;

/** The columns of a coherent classification; VALIDATION naming the field of the first rule broken. */
export function classificationData(i: z.output<typeof classificationInput>) {
  const { operatorRole, riskTier } = i;
  const highRiskRoute = i.highRiskRoute ?? null;
  const annexIIIArea = i.annexIIIArea ?? null;
  let annexIIIPoint = i.annexIIIPoint ?? null;
  const derogation = i.art6_3Derogation ?? false;
  const justification = i.art6_3Justification ?? null;
  const profiling = i.profiling ?? false;
  const gpaiStatus = i.gpaiStatus ?? "NONE";
  const transparencyDuties = i.transparencyDuties ?? [];

  if (annexIIIPoint !== null) {
    if (annexIIIArea === null) throw invalid("annexIIIPoint", "needs annexIIIArea");
    const m = /^(\d)\(([a-e])\)$/.exec(annexIIIPoint);
    if (!m || Number(m[1]) !== annexIIIArea || !ANNEX_III_POINTS[annexIIIArea]!.includes(m[2]!)) {
      throw invalid(
        "annexIIIPoint",
        `must be a point of Annex III area ${annexIIIArea}, such as "${annexIIIArea}(${ANNEX_III_POINTS[annexIIIArea]![0] ?? "a"})"`,
      );
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
    operatorRole,
    riskTier,
    highRiskRoute,
    annexIIIArea,
    annexIIIPoint,
    art6_3Derogation: derogation,
    art6_3Justification: derogation ? justification : null,
    profiling,
    gpaiStatus,
    transparencyDuties,
  };
}
