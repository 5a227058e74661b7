// Which records an ML-BOM describes. For some systems: those systems and their releases, the versions of
// the models linked to them and of the model versions in their releases' stacks, every version those
// were derived from (a BOM names a version's base model, and that one's, and so on), and the dataset
// versions all of these were trained or evaluated with. For the whole organisation: every system,
// release, model version and dataset version the registry held at the instant.
import type { AuditRecord, ComplianceRecords } from "../../gaps/compliance-records";
import { list } from "../../gaps/record-fields";
import { text } from "./ml-bom-fields";

export interface MlBomScope {
  systems: AuditRecord[];
  releases: AuditRecord[];
  versionIds: Set<string>;
  datasetVersionIds: Set<string>;
}

/**
 * `evaluations` are the results the BOM states per version (latest-evaluations.ts): their dataset
 * versions are in scope, those of superseded runs are not.
 */
export function mlBomScope(records: ComplianceRecords, systemIds: string[] | null, evaluations: Map<string, AuditRecord[]>): MlBomScope {
  if (!systemIds) {
    return {
      systems: [...records.systems.values()],
      releases: [...records.releases.values()],
      versionIds: new Set(records.versions.keys()),
      datasetVersionIds: new Set(records.datasetVersions.keys()),
    };
  }
  const inScope = new Set(systemIds);
  const systems = [...records.systems.values()].filter((s) => inScope.has(s.id as string));
  const releases = [...records.releases.values()].filter((r) => inScope.has(text(r, "systemId") ?? ""));
  const seeds = [
    ...[...records.versions.values()]
      .filter((v) => inScope.has(text(records.models.get(text(v, "modelId") ?? ""), "systemId") ?? ""))
      .map((v) => v.id as string),
    ...releases.flatMap((r) => (list(r, "components") as AuditRecord[]).map((c) => text(c, "modelVersionId")).filter((id): id is string => !!id)),
  ];
  const versionIds = withAncestors(records, seeds);
  return { systems, releases, versionIds, datasetVersionIds: datasetVersionsUsedBy(records, versionIds, evaluations) };
}

/** The versions and every version they derive from, following parentVersionId. */
function withAncestors(records: ComplianceRecords, seeds: string[]): Set<string> {
  const out = new Set<string>();
  const pending = [...seeds];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (out.has(id)) continue;
    out.add(id);
    const parent = text(records.versions.get(id), "parentVersionId");
    if (parent) pending.push(parent);
  }
  return out;
}

function datasetVersionsUsedBy(records: ComplianceRecords, versionIds: Set<string>, evaluations: Map<string, AuditRecord[]>): Set<string> {
  const out = new Set<string>();
  for (const id of versionIds) {
    for (const used of list(records.versions.get(id), "lineage") as AuditRecord[]) if (text(used, "datasetVersionId")) out.add(text(used, "datasetVersionId")!);
    for (const evaluation of evaluations.get(id) ?? []) if (text(evaluation, "datasetVersionId")) out.add(text(evaluation, "datasetVersionId")!);
  }
  return out;
}
