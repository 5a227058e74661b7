// The classification questionnaire a person fills in for one system, as a zod schema: Art. 5 practices,
// the Annex I product route, the Annex III point, the Art. 6(3) conditions claimed, profiling, the
// Art. 50 questions, the general-purpose model questions, the operator role and what kind of deployer
// uses it. Ids are checked against the EU AI Act catalogue; unanswered yes/no questions mean "no".
import {
  annexIIIPoint,
  EU_AI_ACT_ADDED_PROHIBITED_PRACTICES,
  EU_AI_ACT_ART_6_3_CONDITIONS,
  EU_AI_ACT_OPERATOR_ROLES,
  EU_AI_ACT_PROHIBITED_PRACTICES,
} from "@canon/frameworks";
import { z } from "zod";
import { LIMITS, numberInRange, optionalText, stringList } from "../shared/input";
import { ART_50_QUESTIONS } from "./art-50-questions";

const no = z.boolean().default(false);

const PRACTICE_IDS = [...EU_AI_ACT_PROHIBITED_PRACTICES, ...EU_AI_ACT_ADDED_PROHIBITED_PRACTICES].map((p) => p.id);

const annexI = z.strictObject({
  /** A product covered by the Union harmonisation legislation of Annex I, or a safety component of one. */
  coveredProductOrSafetyComponent: no,
  /** That product has to undergo a third-party conformity assessment. */
  thirdPartyConformityAssessment: no,
  /** Which Annex I legislation, in the person's words. */
  legislation: optionalText(LIMITS.short).transform((v) => v ?? null),
});

const art6_3 = z
  .strictObject({
    /** The Art. 6(3) conditions claimed, "a" to "d". */
    conditions: stringList(EU_AI_ACT_ART_6_3_CONDITIONS.map((c) => c.id)).default([]),
    justification: optionalText().transform((v) => v ?? null),
  })
  .refine((v) => v.conditions.length === 0 || v.justification !== null, {
    path: ["justification"],
    message: "is required when an Art. 6(3) condition is claimed",
  });

const art50 = z.strictObject(Object.fromEntries(Object.keys(ART_50_QUESTIONS).map((q) => [q, no])) as Record<keyof typeof ART_50_QUESTIONS, typeof no>);

const gpai = z
  .strictObject({
    generalPurposeModel: no,
    /** Cumulative training compute in floating-point operations; null when unknown. */
    trainingFlops: numberInRange(0, Number.MAX_VALUE).nullable().default(null),
    /** Designated by the Commission as a model with systemic risk (Art. 51(1)(b)). */
    designatedSystemic: no,
  })
  .refine((v) => v.generalPurposeModel || !v.designatedSystemic, { path: ["designatedSystemic"], message: "applies only to a general-purpose AI model" });

const annexIIIPointId = z
  .string()
  .transform((v) => v.trim().replace(/\s+/g, ""))
  .refine((v) => annexIIIPoint(v) !== undefined, 'must be an Annex III point such as "5(b)", or "2" for area 2');

export const classificationAnswersInput = z.strictObject({
  /** Art. 5(1) practices that apply ("art-5(1)(a)"), the Digital Omnibus's "art-5(1)(ba)" and "(bb)" included. */
  prohibitedPractices: stringList(PRACTICE_IDS).default([]),
  annexI: annexI.default({ coveredProductOrSafetyComponent: false, thirdPartyConformityAssessment: false, legislation: null }),
  /** "5(b)", or "2" for area 2; null when no Annex III area applies. */
  annexIIIPoint: annexIIIPointId.nullable().default(null),
  art6_3: art6_3.default({ conditions: [], justification: null }),
  /** The system profiles natural persons (GDPR Art. 4(4)). */
  profiling: no,
  art50: art50.default(Object.fromEntries(Object.keys(ART_50_QUESTIONS).map((q) => [q, false])) as Record<keyof typeof ART_50_QUESTIONS, boolean>),
  gpai: gpai.default({ generalPurposeModel: false, trainingFlops: null, designatedSystemic: false }),
  operatorRole: z.enum(EU_AI_ACT_OPERATOR_ROLES.map((r) => r.id)),
  /** The deployer is a public authority or Union body, or acts on their behalf (Art. 27, Art. 49(3)). */
  deployerIsPublicAuthority: no,
  /** The deployer is a private entity providing public services (Art. 27). */
  deployerProvidesPublicServices: no,
});

export type ClassificationAnswersInput = z.input<typeof classificationAnswersInput>;
export type ClassificationAnswers = z.output<typeof classificationAnswersInput>;
export type AnnexIAnswers = ClassificationAnswers["annexI"];
export type Art6_3Answers = ClassificationAnswers["art6_3"];
export type GpaiAnswers = ClassificationAnswers["gpai"];
