// The text sections of a model card revision as a zod schema. An omitted section (undefined) is carried
// over from the previous revision; null or blank text clears it.
import { MODEL_CARD_SECTIONS, type ModelCardSection } from "@canon/frameworks";
import { z } from "zod";
import { LIMITS, optionalText } from "../shared/input";

const section = optionalText(LIMITS.text);

export const modelCardFieldsInput = z.object(Object.fromEntries(MODEL_CARD_SECTIONS.map((s) => [s, section])) as Record<ModelCardSection, typeof section>);
export type ModelCardFieldsInput = z.input<typeof modelCardFieldsInput>;
export type ModelCardFields = Record<ModelCardSection, string | null>;

/** The sections given (a key only for each section that was given, null when cleared). */
export function givenCardFields(input: z.output<typeof modelCardFieldsInput>): Partial<ModelCardFields> {
  const out: Partial<ModelCardFields> = {};
  for (const s of MODEL_CARD_SECTIONS) if (input[s] !== undefined) out[s] = input[s];
  return out;
}

/** The full set of sections of a new revision: the given ones over the previous revision's. */
export function mergeCardFields(previous: Partial<ModelCardFields> | null, given: Partial<ModelCardFields>): ModelCardFields {
  return Object.fromEntries(MODEL_CARD_SECTIONS.map((s) => [s, s in given ? (given[s] ?? null) : (previous?.[s] ?? null)])) as ModelCardFields;
}
