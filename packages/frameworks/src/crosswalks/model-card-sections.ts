// Which model-card sections each framework needs, as data. A card section counts towards a framework
// when the framework asks for that information about a model; `refs` cites where (short form only:
// EU AI Act Annex IV items, ISO/IEC 42001 Annex A control numbers, NIST AI RMF subcategory ids).
// Mapping derived from shared/reference/frameworks.md §1.7, §2.2, §3 and §5; it is our reading of the
// frameworks (vendor interpretation), not an official crosswalk.

export const FRAMEWORK_IDS = ["EU_AI_ACT", "ISO_42001", "NIST_AI_RMF"] as const;
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

/** Bump when the mapping below changes, so stored completeness figures can be told apart. */
export const MODEL_CARD_MAPPING_VERSION = "2026.1";

/** The sections of a model card, in display order. */
export const MODEL_CARD_SECTIONS = [
  "overview",
  "intendedUse",
  "outOfScopeUse",
  "intendedUsers",
  "factors",
  "trainingData",
  "evaluationData",
  "metricsSummary",
  "ethicalConsiderations",
  "limitationsAndRisks",
  "recommendations",
  "environmentalImpact",
] as const;
export type ModelCardSection = (typeof MODEL_CARD_SECTIONS)[number];

export interface SectionRequirement {
  section: ModelCardSection;
  /** Where the framework asks for it (short references, no quoted text). */
  refs: readonly string[];
}

export interface FrameworkCardRequirements {
  framework: FrameworkId;
  title: string;
  sections: readonly SectionRequirement[];
}

const EU_AI_ACT: FrameworkCardRequirements = {
  framework: "EU_AI_ACT",
  title: "EU AI Act — Annex IV technical documentation",
  sections: [
    { section: "overview", refs: ["Annex IV 1(a)", "Annex IV 2(b)"] },
    { section: "intendedUse", refs: ["Annex IV 1(a)", "Annex IV 1(h)"] },
    { section: "outOfScopeUse", refs: ["Annex IV 3"] },
    { section: "intendedUsers", refs: ["Annex IV 2(b)"] },
    { section: "factors", refs: ["Annex IV 3"] },
    { section: "trainingData", refs: ["Annex IV 2(d)"] },
    { section: "evaluationData", refs: ["Annex IV 2(g)"] },
    { section: "metricsSummary", refs: ["Annex IV 2(g)", "Annex IV 4"] },
    { section: "ethicalConsiderations", refs: ["Annex IV 3"] },
    { section: "limitationsAndRisks", refs: ["Annex IV 3", "Annex IV 5"] },
    { section: "recommendations", refs: ["Annex IV 1(h)", "Annex IV 2(e)"] },
  ],
};

const ISO_42001: FrameworkCardRequirements = {
  framework: "ISO_42001",
  title: "ISO/IEC 42001 — Annex A life-cycle and data evidence",
  sections: [
    { section: "overview", refs: ["A.6.2.3", "A.6.2.7"] },
    { section: "intendedUse", refs: ["A.6.2.2", "A.9.4"] },
    { section: "trainingData", refs: ["A.7.2", "A.7.4", "A.7.5", "A.7.6"] },
    { section: "evaluationData", refs: ["A.6.2.4", "A.7.4"] },
    { section: "metricsSummary", refs: ["A.6.2.4"] },
    { section: "limitationsAndRisks", refs: ["A.6.2.6", "A.6.2.7"] },
  ],
};

const NIST_AI_RMF: FrameworkCardRequirements = {
  framework: "NIST_AI_RMF",
  title: "NIST AI RMF 1.0 — MAP and MEASURE",
  sections: [
    { section: "overview", refs: ["MAP 2.1"] },
    { section: "intendedUse", refs: ["MAP 1.1"] },
    { section: "outOfScopeUse", refs: ["MAP 3.3"] },
    { section: "intendedUsers", refs: ["MAP 1.1"] },
    { section: "factors", refs: ["MEASURE 2.11"] },
    { section: "trainingData", refs: ["MAP 2.3"] },
    { section: "evaluationData", refs: ["MEASURE 2.1"] },
    { section: "metricsSummary", refs: ["MEASURE 1.1", "MEASURE 2.1"] },
    { section: "ethicalConsiderations", refs: ["MAP 5.1", "MEASURE 2.11"] },
    { section: "limitationsAndRisks", refs: ["MAP 2.2", "MEASURE 2.5"] },
    { section: "environmentalImpact", refs: ["MEASURE 2.12"] },
  ],
};

export const MODEL_CARD_REQUIREMENTS: Readonly<Record<FrameworkId, FrameworkCardRequirements>> = {
  EU_AI_ACT,
  ISO_42001,
  NIST_AI_RMF,
};

/** The card sections a framework needs, in display order. */
export function requiredCardSections(framework: FrameworkId): ModelCardSection[] {
  const wanted = new Set(MODEL_CARD_REQUIREMENTS[framework].sections.map((s) => s.section));
  return MODEL_CARD_SECTIONS.filter((s) => wanted.has(s));
}
