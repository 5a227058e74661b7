// records.json's scope: a scoped pack holds the systems in scope and what hangs off them (models,
// versions, releases, deployments, evaluations, cards, approvals, datasets, assessments incl.
// organisation-wide ones, risks, incidents, cited evidence) and nothing of the other systems; the whole
// organisation's pack holds everything; lists are sorted by id and dates are ISO text.
import assert from "node:assert/strict";
import { test } from "node:test";
import { recordMap, sampleRecords } from "../../gaps/sample-records";
import { scopeRecords } from "./scope-records";

const AS_OF = new Date("2028-01-15T00:00:00Z");

const records = () =>
  sampleRecords({
    systems: recordMap({ id: "s2", reference: "B" }, { id: "s1", reference: "A" }),
    models: recordMap({ id: "m1", systemId: "s1" }, { id: "m2", systemId: "s2" }, { id: "m3", systemId: null }),
    versions: recordMap(
      { id: "v1", modelId: "m1", lineage: [{ datasetVersionId: "dv1", role: "TRAINING" }] },
      { id: "v2", modelId: "m2", lineage: [] },
      { id: "v3", modelId: "m3", lineage: [] },
    ),
    releases: recordMap({ id: "r1", systemId: "s1", components: [{ modelVersionId: "v3" }] }, { id: "r2", systemId: "s2", components: [] }),
    aliases: recordMap({ id: "al1", modelId: "m1" }, { id: "al2", modelId: "m2" }),
    deployments: recordMap({ id: "d1", releaseId: "r1", modelVersionId: null }, { id: "d2", releaseId: null, modelVersionId: "v2" }),
    evaluations: recordMap({ id: "ev1", modelVersionId: "v3", datasetVersionId: "dv2" }, { id: "ev2", modelVersionId: "v2", datasetVersionId: null }),
    modelCards: recordMap({ id: "c1", modelVersionId: "v1" }, { id: "c2", modelVersionId: "v2" }),
    approvalRequests: recordMap({ id: "q1", modelVersionId: null, releaseId: "r1" }, { id: "q2", modelVersionId: "v2", releaseId: null }),
    datasetVersions: recordMap({ id: "dv1", datasetId: "ds1" }, { id: "dv2", datasetId: "ds2" }, { id: "dv3", datasetId: "ds3" }),
    datasets: recordMap({ id: "ds1" }, { id: "ds2" }, { id: "ds3" }),
    assessments: recordMap(
      { id: "a1", systemId: "s1", evidenceIds: ["e1"] },
      { id: "a2", systemId: null, evidenceIds: [] },
      { id: "a3", systemId: "s2", evidenceIds: ["e2"] },
    ),
    evidence: recordMap({ id: "e1", recordId: null }, { id: "e2", recordId: null }, { id: "e3", recordType: "Evaluation", recordId: "ev1" }),
    risks: recordMap({ id: "k1", systemIds: ["s1", "s2"] }, { id: "k2", systemIds: ["s2"] }),
    incidents: recordMap({ id: "i1", systemId: "s1" }, { id: "i2", systemId: "s2" }),
    impactAssessments: recordMap({ id: "ia1", systemId: "s2" }),
    confirmations: recordMap({ id: "cc1", systemId: "s1" }),
    approvalPolicies: recordMap({ id: "p1", riskTier: "HIGH_RISK" }),
    memberships: recordMap({ id: "mb1", userId: "u1" }),
    provenance: new Map([
      ["s1", { seq: 4, changedAt: new Date("2027-01-01T00:00:00Z") }],
      ["s2", { seq: 5, changedAt: new Date("2027-01-02T00:00:00Z") }],
      ["c1", { seq: 9, changedAt: new Date("2027-02-01T00:00:00Z") }],
    ]),
  });

const idsOf = (list: { id?: unknown }[]) => list.map((r) => r.id);

test("a scoped pack holds what hangs off the systems in scope, and nothing of the others", () => {
  const out = scopeRecords(records(), ["s1"], AS_OF);
  assert.deepEqual(out.systemIds, ["s1"]);
  assert.equal(out.asOf, "2028-01-15T00:00:00.000Z");
  assert.deepEqual(idsOf(out.systems), ["s1"]);
  assert.deepEqual(idsOf(out.models), ["m1"]);
  assert.deepEqual(idsOf(out.versions), ["v1", "v3"], "its models' versions and its releases' components");
  assert.deepEqual(idsOf(out.releases), ["r1"]);
  assert.deepEqual(idsOf(out.aliases), ["al1"]);
  assert.deepEqual(idsOf(out.deployments), ["d1"]);
  assert.deepEqual(idsOf(out.evaluations), ["ev1"]);
  assert.deepEqual(idsOf(out.modelCards), ["c1"]);
  assert.deepEqual(idsOf(out.approvalRequests), ["q1"]);
  assert.deepEqual(idsOf(out.datasetVersions), ["dv1", "dv2"], "trained on and evaluated on");
  assert.deepEqual(idsOf(out.datasets), ["ds1", "ds2"]);
  assert.deepEqual(idsOf(out.assessments), ["a1", "a2"], "its own and the organisation-wide ones");
  assert.deepEqual(idsOf(out.evidence), ["e1", "e3"], "cited by an assessment in scope, or about a record in scope");
  assert.deepEqual(idsOf(out.risks), ["k1"]);
  assert.deepEqual(idsOf(out.incidents), ["i1"]);
  assert.deepEqual(idsOf(out.impactAssessments), []);
  assert.deepEqual(idsOf(out.confirmations), ["cc1"]);
  assert.deepEqual(idsOf(out.approvalPolicies), ["p1"], "policies are organisation-wide");
  assert.deepEqual(idsOf(out.memberships), ["mb1"]);
  assert.deepEqual(out.provenance, [
    { id: "c1", seq: 9, changedAt: "2027-02-01T00:00:00.000Z" },
    { id: "s1", seq: 4, changedAt: "2027-01-01T00:00:00.000Z" },
  ]);
});

test("the whole organisation's pack holds every record, sorted by id, and is plain JSON", () => {
  const out = scopeRecords(records(), null, AS_OF);
  assert.equal(out.systemIds, null);
  assert.deepEqual(idsOf(out.systems), ["s1", "s2"]);
  assert.deepEqual(idsOf(out.models), ["m1", "m2", "m3"]);
  assert.deepEqual(idsOf(out.impactAssessments), ["ia1"]);
  assert.deepEqual(idsOf(out.risks), ["k1", "k2"]);
  assert.equal(out.provenance.length, 3);
  assert.deepEqual(JSON.parse(JSON.stringify(out)), out);
});
