// Reading the requirement index: all requirements of one framework, or one requirement by its id.

import { EU_AI_ACT_REQUIREMENTS } from "./eu-ai-act-requirements";
import { ISO_42001_REQUIREMENTS } from "./iso-42001-requirements";
import { NIST_AI_RMF_REQUIREMENTS } from "./nist-ai-rmf-requirements";
import type { CatalogueRequirement, FrameworkId } from "./requirement";

const BY_FRAMEWORK: Record<FrameworkId, readonly CatalogueRequirement[]> = {
  EU_AI_ACT: EU_AI_ACT_REQUIREMENTS,
  ISO_42001: ISO_42001_REQUIREMENTS,
  NIST_AI_RMF: NIST_AI_RMF_REQUIREMENTS,
};

const BY_ID: Record<FrameworkId, ReadonlyMap<string, CatalogueRequirement>> = {
  EU_AI_ACT: new Map(EU_AI_ACT_REQUIREMENTS.map((r) => [r.id, r])),
  ISO_42001: new Map(ISO_42001_REQUIREMENTS.map((r) => [r.id, r])),
  NIST_AI_RMF: new Map(NIST_AI_RMF_REQUIREMENTS.map((r) => [r.id, r])),
};

/** Every assessable requirement of a framework, in the framework's order. */
export function frameworkRequirements(framework: FrameworkId): readonly CatalogueRequirement[] {
  return BY_FRAMEWORK[framework];
}

/** The requirement with this id in this framework ("ISO_42001", "A.6.2.4"), or undefined. */
export function findRequirement(framework: FrameworkId, id: string): CatalogueRequirement | undefined {
  return BY_ID[framework]?.get(id);
}
