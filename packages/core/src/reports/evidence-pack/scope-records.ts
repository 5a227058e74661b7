// records.json of an evidence pack: the records its reports were built from (the ComplianceRecords as
// the audit trail held them at the pack's instant), limited to the systems in scope, as plain JSON data
// (lists sorted by id). For a scope, a record is in when it belongs to a system in scope or to what those
// systems hold: their models, releases and the versions in either, those versions' aliases, evaluations,
// cards, deployments and approval requests, the datasets they were trained or evaluated on, the systems'
// assessments (organisation-wide ones too: they count for every system), risks, incidents, impact
// assessments and classification confirmations, and the evidence those assessments cite or that points at
// a record in scope. The organisation, its members (owners print by name) and its approval policies are
// always in. Pure.
import type { AuditRecord, ComplianceRecords } from "../../gaps/compliance-records";
import { list, text } from "../../gaps/record-fields";

export interface EvidencePackRecords {
  format: "canon-evidence-records/1";
  asOf: string;
  /** The systems in scope; null for the whole organisation. */
  systemIds: string[] | null;
  organization: AuditRecord | null;
  memberships: AuditRecord[];
  approvalPolicies: AuditRecord[];
  systems: AuditRecord[];
  models: AuditRecord[];
  versions: AuditRecord[];
  aliases: AuditRecord[];
  releases: AuditRecord[];
  deployments: AuditRecord[];
  evaluations: AuditRecord[];
  modelCards: AuditRecord[];
  approvalRequests: AuditRecord[];
  datasets: AuditRecord[];
  datasetVersions: AuditRecord[];
  assessments: AuditRecord[];
  evidence: AuditRecord[];
  risks: AuditRecord[];
  incidents: AuditRecord[];
  impactAssessments: AuditRecord[];
  confirmations: AuditRecord[];
  /** Which audit event set each system's and model card's record, and when. */
  provenance: { id: string; seq: number; changedAt: string }[];
}

const byId = (a: AuditRecord, b: AuditRecord) => (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0);
const sorted = (records: Iterable<AuditRecord>) => [...records].sort(byId);
const ids = (records: AuditRecord[]) => new Set(records.map((r) => String(r.id)));
const where = (map: Map<string, AuditRecord>, keep: (r: AuditRecord) => boolean) => sorted([...map.values()].filter(keep));
const within = (set: Set<string>, value: string | null) => value !== null && set.has(value);

export function scopeRecords(r: ComplianceRecords, systemIds: string[] | null, asOf: Date): EvidencePackRecords {
  const common = {
    format: "canon-evidence-records/1" as const,
    asOf: asOf.toISOString(),
    systemIds: systemIds ? [...systemIds].sort() : null,
    organization: r.organization,
    memberships: sorted(r.memberships.values()),
    approvalPolicies: sorted(r.approvalPolicies.values()),
  };
  const inScope = systemIds ? new Set(systemIds) : null;
  const keep = (map: Map<string, AuditRecord>, test: (r: AuditRecord) => boolean) => (inScope ? where(map, test) : sorted(map.values()));

  const systems = keep(r.systems, (s) => inScope!.has(String(s.id)));
  const models = keep(r.models, (m) => within(inScope!, text(m, "systemId")));
  const releases = keep(r.releases, (rel) => within(inScope!, text(rel, "systemId")));
  const modelIds = ids(models);
  const releaseIds = ids(releases);
  const componentVersions = new Set(
    releases.flatMap((rel) => (list(rel, "components") as AuditRecord[]).map((c) => text(c, "modelVersionId")).filter((v): v is string => !!v)),
  );
  const versions = keep(r.versions, (v) => within(modelIds, text(v, "modelId")) || componentVersions.has(String(v.id)));
  const versionIds = ids(versions);
  const evaluations = keep(r.evaluations, (e) => within(versionIds, text(e, "modelVersionId")));
  const datasetVersionIds = new Set(
    [
      ...versions.flatMap((v) => (list(v, "lineage") as AuditRecord[]).map((l) => text(l, "datasetVersionId"))),
      ...evaluations.map((e) => text(e, "datasetVersionId")),
    ].filter((d): d is string => !!d),
  );
  const datasetVersions = keep(r.datasetVersions, (d) => datasetVersionIds.has(String(d.id)));
  const datasetIds = new Set(datasetVersions.map((d) => text(d, "datasetId")).filter((d): d is string => !!d));
  const assessments = keep(r.assessments, (a) => text(a, "systemId") === null || within(inScope!, text(a, "systemId")));
  const parts = {
    systems,
    models,
    versions,
    aliases: keep(r.aliases, (a) => within(modelIds, text(a, "modelId"))),
    releases,
    deployments: keep(r.deployments, (d) => within(releaseIds, text(d, "releaseId")) || within(versionIds, text(d, "modelVersionId"))),
    evaluations,
    modelCards: keep(r.modelCards, (c) => within(versionIds, text(c, "modelVersionId"))),
    approvalRequests: keep(r.approvalRequests, (q) => within(versionIds, text(q, "modelVersionId")) || within(releaseIds, text(q, "releaseId"))),
    datasets: keep(r.datasets, (d) => datasetIds.has(String(d.id))),
    datasetVersions,
    assessments,
    risks: keep(r.risks, (k) => (list(k, "systemIds") as string[]).some((s) => inScope!.has(s))),
    incidents: keep(r.incidents, (i) => within(inScope!, text(i, "systemId"))),
    impactAssessments: keep(r.impactAssessments, (i) => within(inScope!, text(i, "systemId"))),
    confirmations: keep(r.confirmations, (c) => within(inScope!, text(c, "systemId"))),
  };
  const cited = new Set(assessments.flatMap((a) => list(a, "evidenceIds") as string[]));
  const scopedIds = new Set(Object.values(parts).flatMap((records) => records.map((x) => String(x.id))));
  const evidence = keep(r.evidence, (e) => cited.has(String(e.id)) || within(scopedIds, text(e, "recordId")));
  const provenanceOf = new Set([...systems, ...parts.modelCards].map((x) => String(x.id)));
  const provenance = [...r.provenance]
    .filter(([id]) => provenanceOf.has(id))
    .map(([id, p]) => ({ id, seq: p.seq, changedAt: p.changedAt.toISOString() }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...common, ...parts, evidence, provenance };
}
