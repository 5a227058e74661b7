// Which edition of the NIST AI RMF catalogue this is (core, Generative AI risks, tiers, trustworthiness
// characteristics). Reports record it beside every figure they take from the catalogue.

/** Bump when any entry of the NIST AI RMF catalogue is added, removed or reworded. */
export const NIST_AI_RMF_CATALOGUE_VERSION = "2026.1";

/** The framework the core describes. */
export const NIST_AI_RMF_SOURCE = {
  id: "nist-ai-rmf",
  title: "NIST AI RMF 1.0",
  reference: "NIST AI 100-1 (26 January 2023)",
} as const;

/** The profile the Generative AI risks come from. */
export const NIST_AI_600_1_SOURCE = {
  id: "nist-ai-600-1",
  title: "NIST AI RMF Generative AI Profile",
  reference: "NIST AI 600-1 (26 July 2024)",
} as const;
