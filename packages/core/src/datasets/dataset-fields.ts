// The descriptive fields of a dataset as a zod schema (shared by create and update), and the rule that
// needs both data flags.
import { DataClassification } from "@canon/db";
import { z } from "zod";
import { invalid } from "../shared/errors";
import { defined, optionalEnum, optionalId, optionalText, requiredText } from "../shared/input";

export const DATA_CLASSIFICATIONS = Object.values(DataClassification);

/** Every field optional: undefined = leave unchanged, null = clear. */
export const datasetFieldsInput = z.object({
  name: requiredText(200).optional(),
  description: optionalText(),
  source: optionalText(2_048),
  licence: optionalText(200),
  /** A member of the organisation. */
  ownerId: optionalId,
  classification: optionalEnum(DataClassification),
  containsPersonalData: z.boolean().nullish(),
  /** Implies containsPersonalData. */
  containsSpecialCategoryData: z.boolean().nullish(),
  knownBiases: optionalText(),
});
export type DatasetFieldsInput = z.input<typeof datasetFieldsInput>;

/** Column values; undefined = leave unchanged. */
export function datasetData(input: z.output<typeof datasetFieldsInput>) {
  const { containsPersonalData, containsSpecialCategoryData, ...rest } = input;
  return defined({ ...rest, containsPersonalData: containsPersonalData ?? undefined, containsSpecialCategoryData: containsSpecialCategoryData ?? undefined });
}

/** Special-category data (GDPR Art. 9) is personal data. */
export function assertDataFlags(d: { containsPersonalData?: boolean; containsSpecialCategoryData?: boolean }) {
  if (d.containsSpecialCategoryData && d.containsPersonalData === false) {
    throw invalid("containsPersonalData", "must be true when containsSpecialCategoryData is true");
  }
}
