// The title a control assessment's requirement goes by: the organisation's own for an "ORG-…" control,
// otherwise the catalogue's. Callers outside core (the API) may not read the frameworks package.
import type { Framework } from "@canon/db";
import { findRequirement } from "@canon/frameworks";

export function requirementTitle(assessment: { framework: Framework; requirementId: string; customTitle: string | null }): string | null {
  return assessment.customTitle ?? findRequirement(assessment.framework, assessment.requirementId)?.title ?? null;
}
