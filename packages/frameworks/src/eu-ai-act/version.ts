// Which edition of the EU AI Act catalogue this is. Reports record it next to every figure they take
// from the catalogue, so a report made today can be told apart from one made after the data changes.

/** Bump when any entry of the EU AI Act catalogue is added, removed or reworded. */
export const EU_AI_ACT_CATALOGUE_VERSION = "2026.2";

/** The act the catalogue describes: the 2024 text, with the application dates as amended by Regulation (EU) 2026/1744. */
export const EU_AI_ACT_SOURCE = {
  id: "eu-ai-act",
  title: "EU AI Act",
  reference: "Regulation (EU) 2024/1689",
  amendedBy: "Regulation (EU) 2026/1744",
  note: "Application dates as amended by Regulation (EU) 2026/1744 (Digital Omnibus on AI), with the prohibitions it added and its Art. 4 wording.",
} as const;
