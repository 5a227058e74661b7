// The ISO/IEC 42001 requirements one assesses: every clause of 4–10 without sub-clauses (32, so 6.1.1–6.1.4
// rather than 6.1) and the 38 Annex A controls. Titles and numbers only, as in the catalogue.

import { iso42001AssessableClauses, iso42001Clause, ISO_42001_CONTROLS, iso42001Objective, type Iso42001Clause } from "../iso-42001/index";
import type { CatalogueRequirement } from "./requirement";

/** "General" sub-clauses (6.1.1, 7.5.1, 9.2.1, 9.3.1) read as "<parent>: general" in a list of requirements. */
function clauseTitle(clause: Iso42001Clause): string {
  const parent = clause.parent ? iso42001Clause(clause.parent) : undefined;
  return clause.title === "General" && parent ? `${parent.title}: general` : clause.title;
}

const CLAUSES: CatalogueRequirement[] = iso42001AssessableClauses().map((clause) => ({
  framework: "ISO_42001",
  id: clause.id,
  reference: clause.id,
  title: clauseTitle(clause),
  group: `${clause.clause} ${iso42001Clause(String(clause.clause))!.title}`,
  kind: "clause",
}));

const CONTROLS: CatalogueRequirement[] = ISO_42001_CONTROLS.map((control) => ({
  framework: "ISO_42001",
  id: control.id,
  reference: control.id,
  title: control.title,
  group: `${control.objective} ${iso42001Objective(control.objective)!.title}`,
  kind: "control",
}));

/** Clauses 4–10 first, then Annex A, each in document order. */
export const ISO_42001_REQUIREMENTS: readonly CatalogueRequirement[] = [...CLAUSES, ...CONTROLS];
