// The NIST AI RMF requirements one assesses: the 72 Core subcategories, grouped by category. The title is
// our short label; the one-sentence summary stays in the Core catalogue.

import { nistCategory, NIST_AI_RMF_SUBCATEGORIES } from "../nist-ai-rmf/index";
import type { CatalogueRequirement } from "./requirement";

export const NIST_AI_RMF_REQUIREMENTS: readonly CatalogueRequirement[] = NIST_AI_RMF_SUBCATEGORIES.map((sub) => {
  const category = nistCategory(sub.category)!;
  return {
    framework: "NIST_AI_RMF",
    id: sub.id,
    reference: sub.reference,
    title: sub.label,
    group: `${category.reference} ${category.label}`,
    kind: "subcategory",
  };
});
