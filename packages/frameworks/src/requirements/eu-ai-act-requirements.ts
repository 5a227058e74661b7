// The EU AI Act requirements one assesses: the obligations of the EU AI Act catalogue, one per article
// the registry tracks, grouped as the catalogue groups them.

import { EU_AI_ACT_OBLIGATIONS } from "../eu-ai-act/obligations";
import type { CatalogueRequirement } from "./requirement";

export const EU_AI_ACT_REQUIREMENTS: readonly CatalogueRequirement[] = EU_AI_ACT_OBLIGATIONS.map((obligation) => ({
  framework: "EU_AI_ACT",
  id: obligation.id,
  reference: obligation.reference,
  title: obligation.title,
  group: obligation.group,
  kind: "obligation",
}));
