// One dataset version as a CycloneDX `data` component: its location and hash, its licence, and its
// `data` entry (a dataset, with the registry's classification, the kinds of sensitive data it holds and
// its owner). Facts CycloneDX has no field for are "canon:" properties.
import type { MlBomDataset, MlBomDatasetVersion } from "../model/ml-bom";
import { datasetVersionRef } from "./bom-refs";
import { contactOf } from "./contact";
import type { Draft } from "./draft";
import { licencesOf, sha256Hashes } from "./component-fields";
import { canonProperty } from "./properties";

export const PERSONAL_DATA = "personal data";
export const SPECIAL_CATEGORY_DATA = "special category personal data (GDPR Art. 9)";

export function datasetVersionComponent(dataset: MlBomDataset, version: MlBomDatasetVersion): Draft {
  return {
    type: "data",
    "bom-ref": datasetVersionRef(version.id),
    name: dataset.name,
    version: String(version.number),
    description: version.description ?? dataset.description,
    hashes: sha256Hashes(version.sha256),
    licenses: licencesOf(dataset.licence),
    externalReferences: [{ type: "distribution", url: version.uri }],
    data: [
      {
        type: "dataset",
        name: `${dataset.name} version ${version.number}`,
        contents: { url: version.uri },
        classification: dataset.classification,
        sensitiveData: [dataset.containsPersonalData ? PERSONAL_DATA : undefined, dataset.containsSpecialCategoryData ? SPECIAL_CATEGORY_DATA : undefined],
        governance: dataset.owner ? { owners: [{ contact: { ...contactOf(dataset.owner) } }] } : undefined,
      },
    ],
    properties: [
      ...canonProperty("datasetId", dataset.id),
      ...canonProperty("datasetVersionId", version.id),
      ...canonProperty("source", dataset.source),
      ...canonProperty("rowCount", version.rowCount),
      ...canonProperty("collectionStart", version.collectionStart),
      ...canonProperty("collectionEnd", version.collectionEnd),
      ...canonProperty("knownBiases", dataset.knownBiases),
      ...canonProperty("createdAt", version.createdAt),
    ],
  };
}
