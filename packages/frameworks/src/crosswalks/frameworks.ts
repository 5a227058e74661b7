// A crosswalk between the EU AI Act, ISO/IEC 42001 and the NIST AI RMF: 12 topics where one assessment
// can serve all three. Built from the "practical anchors" of shared/reference/frameworks.md §4. It is our
// own judgement (vendor interpretation), not an official mapping: no official EU AI Act ↔ ISO 42001 or
// EU AI Act ↔ AI RMF crosswalk exists, and the NIST-listed AI RMF ↔ 42001 crosswalk (Microsoft, FDIS
// draft, Annex B numbers) is not used here. Each anchor is expanded to concrete requirement ids of the
// requirement index ("A.7.2–A.7.6" → each control, "MAP 5" → its subcategories, "clauses 4–10" → every
// assessable clause).

import { iso42001ControlsOf } from "../iso-42001/annex-a";
import { iso42001AssessableClauses } from "../iso-42001/clauses";
import { nistSubcategoriesOf } from "../nist-ai-rmf/core";
import type { FrameworkId } from "../requirements/requirement";

/** Bump when a row is added, removed or re-expanded. */
export const FRAMEWORK_CROSSWALK_VERSION = "2026.1";

export interface FrameworkCrosswalkRow {
  topic: string;
  basis: "vendor-interpretation";
  /** The anchors as the reference table states them, per framework. */
  anchors: Record<FrameworkId, string>;
  /** The anchors expanded to requirement ids of the requirement index. */
  requirements: Record<FrameworkId, readonly string[]>;
}

export interface EquivalentRequirement {
  framework: FrameworkId;
  id: string;
  topic: string;
}

const subcategoriesOf = (...categories: string[]) => categories.flatMap((c) => nistSubcategoriesOf(c).map((s) => s.id));
const controlsOf = (objective: string) => iso42001ControlsOf(objective).map((c) => c.id);

function row(topic: string, anchors: Record<FrameworkId, string>, requirements: Record<FrameworkId, readonly string[]>): FrameworkCrosswalkRow {
  return { topic, basis: "vendor-interpretation", anchors, requirements };
}

export const FRAMEWORK_CROSSWALK: readonly FrameworkCrosswalkRow[] = [
  row(
    "Risk management",
    { EU_AI_ACT: "Art. 9", ISO_42001: "6.1.2 / 6.1.3 / 8.2 / 8.3", NIST_AI_RMF: "MAP 5, MEASURE 1, MANAGE 1" },
    { EU_AI_ACT: ["art-9"], ISO_42001: ["6.1.2", "6.1.3", "8.2", "8.3"], NIST_AI_RMF: subcategoriesOf("MAP-5", "MEASURE-1", "MANAGE-1") },
  ),
  row(
    "Data governance",
    { EU_AI_ACT: "Art. 10", ISO_42001: "A.7.2–A.7.6", NIST_AI_RMF: "MAP 2.3, MEASURE 2.11" },
    { EU_AI_ACT: ["art-10"], ISO_42001: controlsOf("A.7"), NIST_AI_RMF: ["MAP-2.3", "MEASURE-2.11"] },
  ),
  row(
    "Technical documentation",
    { EU_AI_ACT: "Art. 11 / Annex IV", ISO_42001: "A.6.2.3, A.6.2.7", NIST_AI_RMF: "MAP 2.2" },
    { EU_AI_ACT: ["art-11"], ISO_42001: ["A.6.2.3", "A.6.2.7"], NIST_AI_RMF: ["MAP-2.2"] },
  ),
  row(
    "Logging",
    { EU_AI_ACT: "Art. 12", ISO_42001: "A.6.2.8", NIST_AI_RMF: "MEASURE 2.4" },
    { EU_AI_ACT: ["art-12"], ISO_42001: ["A.6.2.8"], NIST_AI_RMF: ["MEASURE-2.4"] },
  ),
  row(
    "Transparency",
    { EU_AI_ACT: "Art. 13", ISO_42001: "A.8.2", NIST_AI_RMF: "MEASURE 2.8, 2.9" },
    { EU_AI_ACT: ["art-13"], ISO_42001: ["A.8.2"], NIST_AI_RMF: ["MEASURE-2.8", "MEASURE-2.9"] },
  ),
  row(
    "Human oversight",
    { EU_AI_ACT: "Art. 14", ISO_42001: "A.9.2", NIST_AI_RMF: "MAP 3.5, GOVERN 3.2" },
    { EU_AI_ACT: ["art-14"], ISO_42001: ["A.9.2"], NIST_AI_RMF: ["MAP-3.5", "GOVERN-3.2"] },
  ),
  row(
    "Accuracy, robustness, security",
    { EU_AI_ACT: "Art. 15", ISO_42001: "A.6.2.4", NIST_AI_RMF: "MEASURE 2.5–2.7" },
    { EU_AI_ACT: ["art-15"], ISO_42001: ["A.6.2.4"], NIST_AI_RMF: ["MEASURE-2.5", "MEASURE-2.6", "MEASURE-2.7"] },
  ),
  row(
    "Quality management system",
    { EU_AI_ACT: "Art. 17", ISO_42001: "clauses 4–10", NIST_AI_RMF: "GOVERN 1" },
    { EU_AI_ACT: ["art-17"], ISO_42001: iso42001AssessableClauses().map((c) => c.id), NIST_AI_RMF: subcategoriesOf("GOVERN-1") },
  ),
  row(
    "Fundamental rights impact assessment",
    { EU_AI_ACT: "Art. 27", ISO_42001: "6.1.4 / A.5", NIST_AI_RMF: "MAP 5.1" },
    { EU_AI_ACT: ["art-27"], ISO_42001: ["6.1.4", ...controlsOf("A.5")], NIST_AI_RMF: ["MAP-5.1"] },
  ),
  row(
    "Post-market monitoring",
    { EU_AI_ACT: "Art. 72", ISO_42001: "A.6.2.6", NIST_AI_RMF: "MANAGE 4.1" },
    { EU_AI_ACT: ["art-72"], ISO_42001: ["A.6.2.6"], NIST_AI_RMF: ["MANAGE-4.1"] },
  ),
  row(
    "Incidents",
    { EU_AI_ACT: "Art. 73", ISO_42001: "A.8.4", NIST_AI_RMF: "MANAGE 4.3" },
    { EU_AI_ACT: ["art-73"], ISO_42001: ["A.8.4"], NIST_AI_RMF: ["MANAGE-4.3"] },
  ),
  row(
    "Inventory",
    { EU_AI_ACT: "Art. 49 / Annex VIII", ISO_42001: "A.4.2", NIST_AI_RMF: "GOVERN 1.6" },
    { EU_AI_ACT: ["art-49"], ISO_42001: ["A.4.2"], NIST_AI_RMF: ["GOVERN-1.6"] },
  ),
];

const FRAMEWORKS: readonly FrameworkId[] = ["EU_AI_ACT", "ISO_42001", "NIST_AI_RMF"];

/**
 * The requirements of the *other* frameworks that an assessment of (framework, id) also counts for, with
 * the topic that links them: one entry per linked requirement and topic. Requirements of the same
 * framework are not equivalents of each other (MEASURE 2.5 and 2.7 share a row but assess different
 * things), and a requirement is never its own equivalent. Empty for a requirement outside the crosswalk.
 */
export function equivalentRequirements(framework: FrameworkId, id: string): EquivalentRequirement[] {
  return FRAMEWORK_CROSSWALK.filter((r) => r.requirements[framework].includes(id)).flatMap((r) =>
    FRAMEWORKS.filter((other) => other !== framework).flatMap((other) =>
      r.requirements[other].map((otherId) => ({ framework: other, id: otherId, topic: r.topic })),
    ),
  );
}
