// One assessable requirement of a framework, whatever the framework calls it: an ISO/IEC 42001 clause or
// Annex A control, a NIST AI RMF subcategory, an EU AI Act obligation. Assessments, statements of
// applicability, profiles and crosswalks all point at requirements by (framework, id).

import type { FrameworkId } from "../crosswalks/model-card-sections";

/** The frameworks Canon assesses against (the same ids the model-card mapping uses). */
export type { FrameworkId } from "../crosswalks/model-card-sections";

export interface CatalogueRequirement {
  framework: FrameworkId;
  /** The catalogue id: "art-9", "6.1.3", "A.6.2.4", "GOVERN-1.6". */
  id: string;
  /** How the framework cites it: "Art. 9", "6.1.3", "A.6.2.4", "GOVERN 1.6". */
  reference: string;
  title: string;
  /** Where it sits, for grouping rows: an obligation group, a clause, an Annex A objective, a NIST category. */
  group: string;
  kind: "clause" | "control" | "obligation" | "subcategory";
}
