// The order the BOM lists things in, whatever order the model had them in: systems by reference,
// releases by number, models and datasets by name, versions by number. Components and dependency
// entries follow it, so the same registry state always gives the same document.
import type { MlBomDataset, MlBomDatasetVersion, MlBomModel, MlBomModelEntry, MlBomModelVersion, MlBomRelease, MlBomSystem } from "../model/ml-bom";
import { sortedBy } from "./order";

export const orderedSystems = (model: MlBomModel): MlBomSystem[] =>
  sortedBy(
    model.systems,
    (s) => s.reference,
    (s) => s.id,
  );

export const orderedReleases = (system: MlBomSystem): MlBomRelease[] =>
  sortedBy(
    system.releases,
    (r) => r.number,
    (r) => r.id,
  );

export function orderedModelVersions(model: MlBomModel): { model: MlBomModelEntry; version: MlBomModelVersion }[] {
  return sortedBy(
    model.models,
    (m) => m.name,
    (m) => m.id,
  ).flatMap((m) =>
    sortedBy(
      m.versions,
      (v) => v.number,
      (v) => v.id,
    ).map((version) => ({ model: m, version })),
  );
}

export function orderedDatasetVersions(model: MlBomModel): { dataset: MlBomDataset; version: MlBomDatasetVersion }[] {
  return sortedBy(
    model.datasets,
    (d) => d.name,
    (d) => d.id,
  ).flatMap((d) =>
    sortedBy(
      d.versions,
      (v) => v.number,
      (v) => v.id,
    ).map((version) => ({ dataset: d, version })),
  );
}
