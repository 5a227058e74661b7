// Art. 6(3): the four conditions under which an Annex III system is not high-risk, provided it poses no
// significant risk to health, safety or fundamental rights and does not materially influence the
// decision. Ids are the registry's stored values ("a"…"d", Annex VIII B6). Primary text:
// https://eur-lex.europa.eu/eli/reg/2024/1689/oj . The wording is our own short summary.

export interface Art63ConditionEntry {
  id: "a" | "b" | "c" | "d";
  ref: string;
  label: string;
  summary: string;
}

export type Art63ConditionId = Art63ConditionEntry["id"];

export const EU_AI_ACT_ART_6_3_CONDITIONS: readonly Art63ConditionEntry[] = [
  { id: "a", ref: "Art. 6(3)(a)", label: "Narrow procedural task", summary: "The system performs a narrow procedural task." },
  {
    id: "b",
    ref: "Art. 6(3)(b)",
    label: "Improves a completed human activity",
    summary: "The system improves the result of a human activity already completed.",
  },
  {
    id: "c",
    ref: "Art. 6(3)(c)",
    label: "Detects decision patterns",
    summary: "The system detects decision patterns or deviations, without replacing or swaying the human assessment unreviewed.",
  },
  { id: "d", ref: "Art. 6(3)(d)", label: "Preparatory task", summary: "The system performs a task preparatory to an assessment relevant to an Annex III use." },
];

/** Profiling overrides every condition above (Art. 6(3), last subparagraph). */
export const ART_6_3_PROFILING_NOTE = "An Annex III system that profiles natural persons is always high-risk, whichever Art. 6(3) condition it meets." as const;

/** What a provider relying on Art. 6(3) still owes (Arts. 6(4) and 49(2)). */
export const ART_6_3_PROVIDER_DUTIES_NOTE =
  "The provider documents the assessment before placing the system on the market or putting it into service, and registers the system (Annex VIII Section B)." as const;

const BY_ID = new Map(EU_AI_ACT_ART_6_3_CONDITIONS.map((c) => [c.id, c]));

/** The condition with this id ("a"…"d"), or undefined. */
export function art63Condition(id: string): Art63ConditionEntry | undefined {
  return BY_ID.get(id as Art63ConditionId);
}
