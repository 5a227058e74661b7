// Renders the ML-BOM model as a CycloneDX 1.6 or 1.7 JSON document (model in, text out): metadata (when,
// by which tool, for which organisation, as of when), the components (systems with their releases,
// model versions with their model cards, dataset versions) and the dependency graph. Deterministic: keys
// in a fixed order, lists in the order of ml-bom-order.ts, no clock (the timestamp is the model's
// generatedAt, the serial number the caller's).
import type { CycloneDxSpecVersion, MlBomModel } from "../model/ml-bom";
import { datasetVersionComponent } from "./dataset-version-component";
import { dependencyGraph } from "./dependencies";
import { prune, type Draft } from "./draft";
import { indexMlBom } from "./ml-bom-index";
import { orderedDatasetVersions, orderedModelVersions, orderedSystems } from "./ml-bom-order";
import { modelVersionComponent } from "./model-version-component";
import { canonProperty } from "./properties";
import { systemComponent } from "./system-component";

export const CYCLONEDX_SPEC_VERSIONS: readonly CycloneDxSpecVersion[] = ["1.6", "1.7"];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function renderCycloneDx(model: MlBomModel, specVersion: CycloneDxSpecVersion): string {
  if (!CYCLONEDX_SPEC_VERSIONS.includes(specVersion)) throw new Error(`CycloneDX ${String(specVersion)} is not supported (1.6 or 1.7)`);
  const serial = model.serialNumber.toLowerCase();
  if (!UUID.test(serial)) throw new Error(`ML-BOM model: serial number "${model.serialNumber}" is not a UUID`);
  const index = indexMlBom(model);

  const document: Draft = {
    $schema: `http://cyclonedx.org/schema/bom-${specVersion}.schema.json`,
    bomFormat: "CycloneDX",
    specVersion,
    serialNumber: `urn:uuid:${serial}`,
    version: 1,
    metadata: metadataOf(model),
    components: [
      ...orderedSystems(model).map(systemComponent),
      ...orderedModelVersions(model).map(({ model: m, version }) => modelVersionComponent(m, version, index)),
      ...orderedDatasetVersions(model).map(({ dataset, version }) => datasetVersionComponent(dataset, version)),
    ],
    dependencies: dependencyGraph(model),
  };
  return `${JSON.stringify(prune(document), null, 2)}\n`;
}

function metadataOf(model: MlBomModel): Draft {
  const { organization } = model;
  return {
    timestamp: model.generatedAt.toISOString(),
    tools: { components: [{ type: "application", name: model.producer.name, version: model.producer.version }] },
    supplier: { name: organization.legalName ?? organization.name },
    properties: [
      ...canonProperty("organization", organization.name),
      ...canonProperty("organizationLegalName", organization.legalName),
      ...canonProperty("asOf", model.asOf),
      ...canonProperty("generatedBy", model.generatedBy),
    ],
  };
}
