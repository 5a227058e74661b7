// Which edition of the EU AI Act catalogue this is. Reports record it next to every figure they take
// from the catalogue, so a report made today can be told apart from one made after the data changes.

/** Bump when any entry of the EU AI Act catalogue is added, removed or reworded. */
export const EU_AI_ACT_CATALOGUE_VERSION = "2026.1";

/** The act the catalogue describes (original 2024 text; Digital Omnibus dates are not applied here). */
export const EU_AI_ACT_SOURCE = {
  id: "eu-ai-act",
  title: "EU AI Act",
  reference: "Regulation (EU) 2024/1689",
} as const;
