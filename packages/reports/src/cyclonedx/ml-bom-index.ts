// Looks up the model's entries by registry id, and refuses a model whose references point at nothing in
// it: a release component's model version, a version's parent, a lineage or evaluation dataset version.
// A BOM with a dangling reference would be silently incomplete, so the renderer fails loudly instead.
import type { MlBomDataset, MlBomDatasetVersion, MlBomModel, MlBomModelEntry, MlBomModelVersion } from "../model/ml-bom";

export interface VersionOf {
  model: MlBomModelEntry;
  version: MlBomModelVersion;
}

export interface DatasetVersionOf {
  dataset: MlBomDataset;
  version: MlBomDatasetVersion;
}

export interface MlBomIndex {
  modelVersion(id: string): VersionOf;
  datasetVersion(id: string): DatasetVersionOf;
}

export function indexMlBom(model: MlBomModel): MlBomIndex {
  const versions = new Map<string, VersionOf>();
  for (const m of model.models) for (const version of m.versions) addOnce(versions, version.id, { model: m, version }, "model version");
  const datasetVersions = new Map<string, DatasetVersionOf>();
  for (const dataset of model.datasets) for (const version of dataset.versions) addOnce(datasetVersions, version.id, { dataset, version }, "dataset version");

  const index: MlBomIndex = {
    modelVersion: (id) => found(versions.get(id), `model version ${id}`),
    datasetVersion: (id) => found(datasetVersions.get(id), `dataset version ${id}`),
  };
  checkReferences(model, index);
  return index;
}

function addOnce<T>(map: Map<string, T>, id: string, value: T, what: string) {
  if (map.has(id)) throw new Error(`ML-BOM model: ${what} ${id} appears twice`);
  map.set(id, value);
}

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`ML-BOM model: ${what} is referenced but not in the model`);
  return value;
}

function checkReferences(model: MlBomModel, index: MlBomIndex) {
  for (const system of model.systems)
    for (const release of system.releases)
      for (const component of release.components) if (component.modelVersionId) index.modelVersion(component.modelVersionId);
  for (const m of model.models)
    for (const version of m.versions) {
      if (version.parent) index.modelVersion(version.parent.modelVersionId);
      for (const used of version.lineage) index.datasetVersion(used.datasetVersionId);
      for (const evaluation of version.evaluations) if (evaluation.datasetVersionId) index.datasetVersion(evaluation.datasetVersionId);
    }
}
