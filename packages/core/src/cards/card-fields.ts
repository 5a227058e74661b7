// The text sections of a model card revision, validated. An omitted section (undefined) is carried
// over from the previous revision; null or blank text clears it.
import { MODEL_CARD_SECTIONS, type ModelCardSection } from "@canon/frameworks";
import { LIMITS, optionalText } from "../shared/validate";

export type ModelCardFieldsInput = Partial<Record<ModelCardSection, string | null>>;
export type ModelCardFields = Record<ModelCardSection, string | null>;

export function validateCardFields(input: ModelCardFieldsInput): Partial<ModelCardFields> {
  const out: Partial<ModelCardFields> = {};
  for (const section of MODEL_CARD_SECTIONS) {
    const value = optionalText(section, input[section], LIMITS.text);
    if (value !== undefined) out[section] = value;
  }
  return out;
}

/** The full set of sections of a new revision: the given ones over the previous revision's. */
export function mergeCardFields(previous: Partial<ModelCardFields> | null, given: Partial<ModelCardFields>): ModelCardFields {
  return Object.fromEntries(
    MODEL_CARD_SECTIONS.map((s) => [s, s in given ? (given[s] ?? null) : (previous?.[s] ?? null)]),
  ) as ModelCardFields;
}
