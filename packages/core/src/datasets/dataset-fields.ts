// The descriptive fields of a dataset, validated (shared by create and update).
import type { DataClassification } from "@canon/db";
import { invalid } from "../shared/errors";
import { defined, oneOf, optionalText } from "../shared/validate";

export const DATA_CLASSIFICATIONS: DataClassification[] = ["PUBLIC", "INTERNAL", "CONFIDENTIAL", "RESTRICTED"];

export interface DatasetFieldsInput {
  name?: string | null;
  description?: string | null;
  source?: string | null;
  licence?: string | null;
  ownerId?: string | null;
  classification?: DataClassification | null;
  containsPersonalData?: boolean | null;
  containsSpecialCategoryData?: boolean | null;
  knownBiases?: string | null;
}

export function datasetFields(i: DatasetFieldsInput) {
  if (i.name !== undefined && !i.name?.trim()) throw invalid("name", "is required");
  const data = defined({
    name: optionalText("name", i.name, 200) ?? undefined,
    description: optionalText("description", i.description),
    source: optionalText("source", i.source, 2_048),
    licence: optionalText("licence", i.licence, 200),
    ownerId: i.ownerId === undefined ? undefined : i.ownerId || null,
    classification: oneOf("classification", i.classification, DATA_CLASSIFICATIONS),
    containsPersonalData: i.containsPersonalData ?? undefined,
    containsSpecialCategoryData: i.containsSpecialCategoryData ?? undefined,
    knownBiases: optionalText("knownBiases", i.knownBiases),
  });
  return data;
}

/** Special-category data (GDPR Art. 9) is personal data. */
export function assertDataFlags(d: { containsPersonalData?: boolean; containsSpecialCategoryData?: boolean }) {
  if (d.containsSpecialCategoryData && d.containsPersonalData === false) {
    throw invalid("containsPersonalData", "must be true when containsSpecialCategoryData is true");
  }
}
