// Builds the ML-BOM model from the records of one instant (compliance-records.ts): the systems in scope
// with their releases, the model versions and dataset versions they involve (ml-bom-scope.ts), and the
// document's own facts (organisation, instants, requester, serial number, producer). Pure: no database,
// no clock, no randomness; the caller supplies the serial number and the instants.
import type { MlBomModel } from "@canon/reports";
import type { ComplianceRecords } from "../../gaps/compliance-records";
import { datasetEntries } from "./dataset-entries";
import { latestEvaluations } from "./latest-evaluations";
import { text } from "./ml-bom-fields";
import { mlBomScope } from "./ml-bom-scope";
import { modelEntries } from "./model-entries";
import { systemEntries } from "./system-entries";

export interface MlBomContext {
  asOf: Date;
  generatedAt: Date;
  generatedBy: string;
  /** A UUID (8-4-4-4-12 hex); the renderer writes it as "urn:uuid:…". */
  serialNumber: string;
  /** The systems in scope; null for the whole organisation. */
  systemIds: string[] | null;
  producer: { name: string; version: string };
}

export function buildMlBom(records: ComplianceRecords, context: MlBomContext): MlBomModel {
  const evaluations = latestEvaluations(records);
  const scope = mlBomScope(records, context.systemIds, evaluations);
  return {
    kind: "ml-bom",
    organization: { name: text(records.organization ?? undefined, "name") ?? "", legalName: text(records.organization ?? undefined, "legalName") },
    asOf: context.asOf,
    generatedAt: context.generatedAt,
    generatedBy: context.generatedBy,
    serialNumber: context.serialNumber,
    producer: { ...context.producer },
    systems: systemEntries(scope.systems, scope.releases),
    models: modelEntries(records, scope.versionIds, evaluations),
    datasets: datasetEntries(records, scope.datasetVersionIds),
  };
}
