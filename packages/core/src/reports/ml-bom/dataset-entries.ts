// The datasets of an ML-BOM: each dataset with a version in scope, with those versions: what the data is,
// where it came from, its licence, owner, classification and the sensitive data it holds, and per version
// where it lives, its sha256, size and collection window.
import type { DataClassificationValue, MlBomDataset, MlBomDatasetVersion } from "@canon/reports";
import type { AuditRecord, ComplianceRecords } from "../../gaps/compliance-records";
import { ownerLabel } from "../build-inventory";
import { bool, date, instant, num, sha256Of, text } from "./ml-bom-fields";

export function datasetEntries(records: ComplianceRecords, datasetVersionIds: Set<string>): MlBomDataset[] {
  const versionsByDataset = new Map<string, AuditRecord[]>();
  for (const id of datasetVersionIds) {
    const version = records.datasetVersions.get(id);
    const datasetId = text(version, "datasetId");
    if (version && datasetId) versionsByDataset.set(datasetId, [...(versionsByDataset.get(datasetId) ?? []), version]);
  }
  return [...versionsByDataset].flatMap(([datasetId, versions]) => {
    const dataset = records.datasets.get(datasetId);
    return dataset ? [{ ...datasetFields(records, dataset), versions: versions.map(datasetVersionEntry) }] : [];
  });
}

function datasetFields(records: ComplianceRecords, dataset: AuditRecord): Omit<MlBomDataset, "versions"> {
  return {
    id: dataset.id as string,
    name: text(dataset, "name") ?? "",
    description: text(dataset, "description"),
    source: text(dataset, "source"),
    licence: text(dataset, "licence"),
    owner: ownerLabel(records, text(dataset, "ownerId")),
    classification: (text(dataset, "classification") ?? "INTERNAL") as DataClassificationValue,
    containsPersonalData: bool(dataset, "containsPersonalData"),
    containsSpecialCategoryData: bool(dataset, "containsSpecialCategoryData"),
    knownBiases: text(dataset, "knownBiases"),
  };
}

function datasetVersionEntry(version: AuditRecord): MlBomDatasetVersion {
  return {
    id: version.id as string,
    number: num(version, "number") ?? 0,
    uri: text(version, "uri") ?? "",
    sha256: sha256Of(version, "digest"),
    rowCount: num(version, "rowCount"),
    collectionStart: date(version, "collectionStart"),
    collectionEnd: date(version, "collectionEnd"),
    description: text(version, "description"),
    createdAt: instant(version, "createdAt"),
  };
}
