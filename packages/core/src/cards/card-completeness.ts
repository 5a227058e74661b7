// Completeness of a model card, computed per framework from the section requirements shipped in
// @canon/frameworks. Pure: no database, no clock.
import { FRAMEWORK_IDS, MODEL_CARD_SECTIONS, requiredCardSections, type FrameworkId, type ModelCardSection } from "@canon/frameworks";

export type CardSections = Partial<Record<ModelCardSection, string | null | undefined>>;

export interface FrameworkCompleteness {
  framework: FrameworkId;
  /** Share of the framework's required sections that are filled, 0..1. */
  score: number;
  required: ModelCardSection[];
  missing: ModelCardSection[];
}

export interface CardCompleteness {
  /** Share of all card sections that are filled, 0..1. */
  overall: number;
  filled: ModelCardSection[];
  missing: ModelCardSection[];
  frameworks: FrameworkCompleteness[];
}

/** A section counts as filled when it holds some non-blank text. */
export function sectionFilled(value: string | null | undefined): boolean {
  return typeof value === "string" && value.trim().length > 0;
}

const ratio = (have: number, total: number) => (total === 0 ? 1 : Math.round((have / total) * 10_000) / 10_000);

export function frameworkCompleteness(card: CardSections | null | undefined, framework: FrameworkId): FrameworkCompleteness {
  const required = requiredCardSections(framework);
  const missing = required.filter((s) => !sectionFilled(card?.[s]));
  return { framework, score: ratio(required.length - missing.length, required.length), required, missing };
}

export function cardCompleteness(card: CardSections | null | undefined): CardCompleteness {
  const filled = MODEL_CARD_SECTIONS.filter((s) => sectionFilled(card?.[s]));
  return {
    overall: ratio(filled.length, MODEL_CARD_SECTIONS.length),
    filled,
    missing: MODEL_CARD_SECTIONS.filter((s) => !filled.includes(s)),
    frameworks: FRAMEWORK_IDS.map((f) => frameworkCompleteness(card, f)),
  };
}
