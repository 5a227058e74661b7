// The three framework catalogues requirements come from, with the catalogue version a report records when
// it uses them (the report model's `catalogues`).

import { EU_AI_ACT_CATALOGUE_VERSION, EU_AI_ACT_SOURCE } from "../eu-ai-act/version";
import { ISO_42001_CATALOGUE_VERSION, ISO_42001_SOURCE } from "../iso-42001/version";
import { NIST_AI_RMF_CATALOGUE_VERSION, NIST_AI_RMF_SOURCE } from "../nist-ai-rmf/version";
import type { FrameworkId } from "./requirement";

export const FRAMEWORK_CATALOGUES: Record<FrameworkId, { id: string; title: string; version: string }> = {
  EU_AI_ACT: { id: EU_AI_ACT_SOURCE.id, title: `${EU_AI_ACT_SOURCE.title} (${EU_AI_ACT_SOURCE.reference})`, version: EU_AI_ACT_CATALOGUE_VERSION },
  ISO_42001: { id: ISO_42001_SOURCE.id, title: ISO_42001_SOURCE.reference, version: ISO_42001_CATALOGUE_VERSION },
  NIST_AI_RMF: { id: NIST_AI_RMF_SOURCE.id, title: `${NIST_AI_RMF_SOURCE.title} (NIST AI 100-1)`, version: NIST_AI_RMF_CATALOGUE_VERSION },
};
