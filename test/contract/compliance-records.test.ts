// Compliance records over GraphQL: control assessments (per system or organisation-wide, one per scope,
// framework and requirement), evidence (documents with their sha256, or registry records) backing many
// requirements, risks across systems and controls, incidents and impact assessments; who may write them,
// what is refused (naming the field, writing nothing), what each write leaves in the audit trail, and that
// another organisation sees none of it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findRequirement } from "@canon/frameworks";
import { codes, describeContract, type TestApi } from "../support/contract";
import { auditCount } from "../support/fixtures/audit";
import { digest } from "../support/fixtures/ids";
import { createModelVersion, createSystem, evaluate } from "../support/fixtures/registry";

const ASSESSMENT_FIELDS = `id systemId framework requirementId requirementTitle customTitle status applicable inclusionReason justification
  exclusionExpiresAt ownerId currentTier targetTier lastReviewedAt nextReviewAt evidenceIds createdById`;
const SET = `mutation($i: SetControlAssessmentInput!) { setControlAssessment(input: $i) { ${ASSESSMENT_FIELDS} } }`;
const ASSESSMENTS = `query($f: ControlAssessmentFilter) { controlAssessments(filter: $f) { totalCount nodes { ${ASSESSMENT_FIELDS} } } }`;
const EVIDENCE_FIELDS = `id title description kind url sha256 recordType recordId ownerId validFrom validUntil assessmentIds`;
const CREATE_EVIDENCE = `mutation($i: CreateEvidenceInput!) { createEvidence(input: $i) { ${EVIDENCE_FIELDS} } }`;
const UPDATE_EVIDENCE = `mutation($id: ID!, $i: EvidenceFieldsInput!) { updateEvidence(id: $id, input: $i) { ${EVIDENCE_FIELDS} } }`;
const EVIDENCE = `query($f: EvidenceFilter) { evidence(filter: $f) { totalCount nodes { ${EVIDENCE_FIELDS} } } }`;
const RISK_FIELDS = `id title category likelihood impact level status treatment mitigation residualLevel ownerId systemIds assessmentIds`;
const CREATE_RISK = `mutation($i: CreateRiskInput!) { createRisk(input: $i) { ${RISK_FIELDS} } }`;
const UPDATE_RISK = `mutation($id: ID!, $i: RiskFieldsInput!) { updateRisk(id: $id, input: $i) { ${RISK_FIELDS} } }`;
const RISKS = `query($f: RiskFilter) { risks(filter: $f) { totalCount nodes { ${RISK_FIELDS} } } }`;
const INCIDENT_FIELDS = `id systemId title description severity serious status occurredAt reportedAt resolution`;
const RECORD_INCIDENT = `mutation($i: RecordIncidentInput!) { recordIncident(input: $i) { ${INCIDENT_FIELDS} } }`;
const UPDATE_INCIDENT = `mutation($id: ID!, $i: UpdateIncidentInput!) { updateIncident(id: $id, input: $i) { ${INCIDENT_FIELDS} } }`;
const INCIDENTS = `query($s: ID) { incidents(systemId: $s) { ${INCIDENT_FIELDS} } }`;
const IMPACT_FIELDS = `id systemId kind summary affectedGroups consequences mitigations assessedAt nextReviewAt`;
const RECORD_IMPACT = `mutation($i: RecordImpactAssessmentInput!) { recordImpactAssessment(input: $i) { ${IMPACT_FIELDS} } }`;
const IMPACTS = `query($s: ID) { impactAssessments(systemId: $s) { ${IMPACT_FIELDS} } }`;
const AUDIT = `query($id: String) { auditEvents(filter: { subjectId: $id }) { nodes { action subjectType actorUserId } } }`;

/** The audit actions on a subject, oldest first. */
async function actionsOn(a: TestApi, subjectId: string): Promise<string[]> {
  return (await a.ok(AUDIT, { id: subjectId })).auditEvents.nodes.map((n: any) => n.action).reverse();
}

/** An ISO/IEC 42001 control that applies, unless the fields say otherwise. */
const iso = (requirementId: string, fields: Record<string, unknown> = {}) => ({
  framework: "ISO_42001",
  requirementId,
  inclusionReason: "RISK_TREATMENT",
  ...fields,
});
const document = (title: string, fields: Record<string, unknown> = {}) => ({
  title,
  kind: "DOCUMENT",
  url: `https://docs.example/${title}.pdf`,
  sha256: digest(),
  ...fields,
});

describeContract("compliance records", (api) => {
  test("control assessments: a contributor assesses an ISO control for a system and organisation-wide; one assessment per scope and requirement", async () => {
    const a = api();
    const contributor = a.orgA.tokens.CONTRIBUTOR;
    const systemId = await createSystem(a, contributor);

    const { setControlAssessment: forSystem } = await a.ok(
      SET,
      { i: iso("A.6.2.4", { systemId, status: "IN_PROGRESS", ownerId: a.orgA.userIds.CONTRIBUTOR }) },
      contributor,
    );
    assert.equal(forSystem.systemId, systemId);
    assert.equal(forSystem.requirementTitle, findRequirement("ISO_42001", "A.6.2.4")!.title);
    assert.deepEqual([forSystem.status, forSystem.applicable, forSystem.inclusionReason, forSystem.evidenceIds], ["IN_PROGRESS", true, "RISK_TREATMENT", []]);
    assert.equal(forSystem.createdById, a.orgA.userIds.CONTRIBUTOR);

    const { setControlAssessment: first } = await a.ok(SET, { i: iso("A.2.2", { status: "IN_PROGRESS", inclusionReason: "LEGAL_REQUIREMENT" }) }, contributor);
    assert.equal(first.systemId, null, "organisation-wide");
    const { setControlAssessment: again } = await a.ok(
      SET,
      { i: { framework: "ISO_42001", requirementId: "A.2.2", status: "IMPLEMENTED", lastReviewedAt: "2026-03-01T00:00:00.000Z" } },
      contributor,
    );
    assert.equal(again.id, first.id, "assessing the same organisation-wide requirement again changes the one assessment");
    assert.deepEqual([again.status, again.inclusionReason, again.lastReviewedAt], ["IMPLEMENTED", "LEGAL_REQUIREMENT", "2026-03-01T00:00:00.000Z"]);
    assert.equal(again.requirementTitle, findRequirement("ISO_42001", "A.2.2")!.title);

    const orgWide = (await a.ok(ASSESSMENTS, { f: { organizationWide: true, framework: "ISO_42001" } }, contributor)).controlAssessments;
    assert.deepEqual(
      orgWide.nodes.filter((n: any) => n.requirementId === "A.2.2").map((n: any) => [n.id, n.systemId, n.status]),
      [[first.id, null, "IMPLEMENTED"]],
      "one row",
    );
    assert.ok(orgWide.nodes.every((n: any) => n.systemId === null));
    const ofSystem = (await a.ok(ASSESSMENTS, { f: { systemId } })).controlAssessments;
    assert.deepEqual(
      ofSystem.nodes.map((n: any) => n.id),
      [forSystem.id],
    );
    assert.equal(ofSystem.totalCount, 1);
    assert.equal((await a.ok(ASSESSMENTS, { f: { systemId, status: "IMPLEMENTED" } })).controlAssessments.totalCount, 0);

    const { setControlAssessment: nist } = await a.ok(
      SET,
      { i: { framework: "NIST_AI_RMF", requirementId: "GOVERN-1.6", inclusionReason: "ORGANIZATION_POLICY", currentTier: 2, targetTier: 3 } },
      contributor,
    );
    assert.deepEqual([nist.currentTier, nist.targetTier, nist.requirementTitle], [2, 3, findRequirement("NIST_AI_RMF", "GOVERN-1.6")!.title]);
    const { setControlAssessment: own } = await a.ok(SET, { i: iso("ORG-7", { customTitle: "Quarterly model access review" }) }, contributor);
    assert.equal(own.requirementTitle, "Quarterly model access review", "an organisation-defined control goes by its own title");
    const { setControlAssessment: excluded } = await a.ok(
      SET,
      {
        i: {
          systemId,
          framework: "EU_AI_ACT",
          requirementId: "art-9",
          applicable: false,
          justification: "Minimal-risk system: Art. 9 does not apply",
          exclusionExpiresAt: "2027-01-01T00:00:00.000Z",
        },
      },
      contributor,
    );
    assert.deepEqual([excluded.applicable, excluded.status, excluded.exclusionExpiresAt], [false, "NOT_APPLICABLE", "2027-01-01T00:00:00.000Z"]);
    const { setControlAssessment: reincluded } = await a.ok(
      SET,
      { i: { systemId, framework: "EU_AI_ACT", requirementId: "art-9", applicable: true, inclusionReason: "LEGAL_REQUIREMENT" } },
      contributor,
    );
    assert.equal(reincluded.id, excluded.id);
    assert.deepEqual(
      [reincluded.applicable, reincluded.status, reincluded.exclusionExpiresAt],
      [true, "NOT_STARTED", null],
      "applicable again: the exclusion's NOT_APPLICABLE status goes with it",
    );

    const PAGE = `query($after: String) { controlAssessments(filter: { organizationWide: true }, first: 2, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const page1 = (await a.ok(PAGE, {})).controlAssessments;
    const page2 = (await a.ok(PAGE, { after: page1.pageInfo.endCursor })).controlAssessments;
    assert.equal(page1.pageInfo.hasNextPage, true);
    const paged = [...page1.nodes, ...page2.nodes].map((n: any) => n.id);
    assert.equal(new Set(paged).size, page1.totalCount);
    assert.ok([first.id, nist.id, own.id].every((id) => paged.includes(id)));

    assert.deepEqual(await actionsOn(a, first.id), ["controlAssessment.create", "controlAssessment.update"]);
    for (const { id } of [forSystem, nist, own]) assert.deepEqual(await actionsOn(a, id), ["controlAssessment.create"]);
    assert.deepEqual(await actionsOn(a, excluded.id), ["controlAssessment.create", "controlAssessment.update"]);
  });

  test("refused: exclusion without justification, unknown requirement, tiers outside NIST, a document without sha256, evidence of another organisation — nothing written", async () => {
    const a = api();
    const contributor = a.orgA.tokens.CONTRIBUTOR;
    const systemId = await createSystem(a, contributor);
    const otherEvaluation = await evaluate(a, await createModelVersion(a, a.orgB.tokens.ADMIN), "b-only", true, a.orgB.tokens.ADMIN);
    const { createEvidence: otherEvidence } = await a.ok(CREATE_EVIDENCE, { i: document("b-policy") }, a.orgB.tokens.ADMIN);
    const counts = async () => [
      await auditCount(a),
      (await a.ok(ASSESSMENTS, {})).controlAssessments.totalCount,
      (await a.ok(EVIDENCE, {})).evidence.totalCount,
    ];
    const before = await counts();
    const refused = async (query: string, input: Record<string, unknown>, code: string, field?: string) => {
      const res = await a.gql(query, { i: input }, contributor);
      assert.deepEqual(codes(res), [code], JSON.stringify(input));
      if (field) assert.equal(res.errors![0]!.extensions!.field, field, JSON.stringify(input));
    };
    await refused(SET, { systemId, framework: "ISO_42001", requirementId: "A.6.2.4", applicable: false }, "VALIDATION", "justification");
    await refused(SET, iso("A.99.9"), "VALIDATION", "requirementId");
    await refused(SET, iso("A.6.2.4", { currentTier: 2 }), "VALIDATION", "currentTier");
    await refused(SET, iso("A.6.2.4", { targetTier: 3 }), "VALIDATION", "targetTier");
    await refused(
      SET,
      { framework: "NIST_AI_RMF", requirementId: "GOVERN-1.6", inclusionReason: "LEGAL_REQUIREMENT", currentTier: 5 },
      "VALIDATION",
      "currentTier",
    );
    await refused(SET, { framework: "ISO_42001", requirementId: "A.6.2.4" }, "VALIDATION", "inclusionReason");
    await refused(SET, iso("ORG-9"), "VALIDATION", "customTitle");
    await refused(SET, iso("A.6.2.4", { evidenceIds: [otherEvidence.id] }), "VALIDATION", "evidenceIds");
    await refused(SET, iso("A.6.2.4", { systemId: await createSystem(a, a.orgB.tokens.ADMIN) }), "NOT_FOUND");
    await refused(CREATE_EVIDENCE, document("no-digest", { sha256: null }), "VALIDATION", "sha256");
    await refused(CREATE_EVIDENCE, document("bad-digest", { sha256: "1234" }), "VALIDATION", "sha256");
    await refused(CREATE_EVIDENCE, document("no-url", { url: null }), "VALIDATION", "url");
    await refused(CREATE_EVIDENCE, { title: "no record", kind: "EVALUATION" }, "VALIDATION", "recordId");
    await refused(CREATE_EVIDENCE, { title: "their evaluation", kind: "EVALUATION", recordId: otherEvaluation }, "NOT_FOUND");
    assert.deepEqual(await counts(), before, "a refused mutation writes nothing, not even an audit event");
  });

  test("evidence: a document with its sha256 and an evaluation record; one item backs many requirements", async () => {
    const a = api();
    const contributor = a.orgA.tokens.CONTRIBUTOR;
    const systemId = await createSystem(a, contributor);
    const evaluationId = await evaluate(a, await createModelVersion(a, contributor), "robustness", true, contributor);
    const sha256 = digest();

    const { createEvidence: policy } = await a.ok(
      CREATE_EVIDENCE,
      {
        i: document("ai-policy", {
          sha256: `sha256:${sha256.toUpperCase()}`,
          description: "Signed AI policy",
          validFrom: "2026-01-01T00:00:00.000Z",
          validUntil: "2027-01-01T00:00:00.000Z",
        }),
      },
      contributor,
    );
    assert.deepEqual([policy.kind, policy.sha256, policy.recordType, policy.recordId, policy.assessmentIds], ["DOCUMENT", sha256, null, null, []]);
    const { createEvidence: run } = await a.ok(CREATE_EVIDENCE, { i: { title: "Robustness run", kind: "EVALUATION", recordId: evaluationId } }, contributor);
    assert.deepEqual([run.recordType, run.recordId, run.url, run.sha256], ["Evaluation", evaluationId, null, null]);

    const { setControlAssessment: policyControl } = await a.ok(SET, { i: iso("A.2.3", { evidenceIds: [policy.id] }) }, contributor);
    const { setControlAssessment: validation } = await a.ok(SET, { i: iso("A.6.2.4", { systemId, evidenceIds: [policy.id, run.id, policy.id] }) }, contributor);
    assert.deepEqual(policyControl.evidenceIds, [policy.id]);
    assert.deepEqual([...validation.evidenceIds].sort(), [policy.id, run.id].sort());

    const listed = (await a.ok(EVIDENCE, {})).evidence;
    const byId = Object.fromEntries(listed.nodes.map((n: any) => [n.id, n]));
    assert.deepEqual([...byId[policy.id].assessmentIds].sort(), [policyControl.id, validation.id].sort(), "one evidence item, many requirements");
    assert.deepEqual(byId[run.id].assessmentIds, [validation.id]);
    assert.deepEqual(
      (await a.ok(EVIDENCE, { f: { kind: "EVALUATION" } })).evidence.nodes.map((n: any) => n.id),
      [run.id],
    );
    const expired = async () => (await a.ok(EVIDENCE, { f: { expiredAt: "2028-01-01T00:00:00.000Z" } })).evidence.nodes.map((n: any) => n.id);
    assert.deepEqual(await expired(), [policy.id]);

    const { updateEvidence: renewed } = await a.ok(UPDATE_EVIDENCE, { id: policy.id, i: { validUntil: "2029-01-01T00:00:00.000Z" } }, contributor);
    assert.equal(renewed.validUntil, "2029-01-01T00:00:00.000Z");
    assert.equal(renewed.sha256, sha256, "omitted fields are left unchanged");
    assert.deepEqual([...renewed.assessmentIds].sort(), [policyControl.id, validation.id].sort());
    assert.deepEqual(await expired(), []);

    const { setControlAssessment: unlinked } = await a.ok(SET, { i: iso("A.2.3", { evidenceIds: [] }) }, contributor);
    assert.equal(unlinked.id, policyControl.id);
    assert.deepEqual(unlinked.evidenceIds, []);

    assert.deepEqual(await actionsOn(a, policy.id), ["evidence.create", "evidence.update"]);
    assert.deepEqual(await actionsOn(a, run.id), ["evidence.create"]);
    assert.deepEqual(await actionsOn(a, policyControl.id), ["controlAssessment.create", "controlAssessment.update"]);
  });

  test("risks: linked to two systems and a control; level derived from likelihood × impact unless stated", async () => {
    const a = api();
    const contributor = a.orgA.tokens.CONTRIBUTOR;
    const [scoring, chat] = [await createSystem(a, contributor), await createSystem(a, contributor)];
    const { setControlAssessment: control } = await a.ok(SET, { i: iso("A.6.2.4", { systemId: scoring }) }, contributor);

    const { createRisk: risk } = await a.ok(
      CREATE_RISK,
      {
        i: {
          title: "Disparate impact on young applicants",
          category: "bias",
          likelihood: 4,
          impact: 5,
          treatment: "MITIGATE",
          systemIds: [scoring, chat],
          assessmentIds: [control.id],
        },
      },
      contributor,
    );
    assert.deepEqual([risk.level, risk.status, risk.treatment], ["CRITICAL", "OPEN", "MITIGATE"]);
    assert.deepEqual([...risk.systemIds].sort(), [scoring, chat].sort());
    assert.deepEqual(risk.assessmentIds, [control.id]);

    const { updateRisk: rescored } = await a.ok(
      UPDATE_RISK,
      { id: risk.id, i: { likelihood: 2, mitigation: "Reweighing", residualLevel: "LOW" } },
      contributor,
    );
    assert.deepEqual([rescored.likelihood, rescored.impact, rescored.level, rescored.residualLevel], [2, 5, "HIGH", "LOW"]);
    assert.deepEqual([...rescored.systemIds].sort(), [scoring, chat].sort(), "links are kept when not given");
    const { updateRisk: stated } = await a.ok(
      UPDATE_RISK,
      { id: risk.id, i: { level: "MEDIUM", status: "MITIGATING", systemIds: [chat], assessmentIds: [] } },
      contributor,
    );
    assert.deepEqual([stated.level, stated.status, stated.systemIds, stated.assessmentIds], ["MEDIUM", "MITIGATING", [chat], []]);
    const { updateRisk: cleared } = await a.ok(UPDATE_RISK, { id: risk.id, i: { treatment: null, residualLevel: null } }, contributor);
    assert.deepEqual([cleared.treatment, cleared.residualLevel, cleared.level], [null, null, "MEDIUM"], "null clears an optional value; the rest is kept");
    const { createRisk: minor } = await a.ok(
      CREATE_RISK,
      { i: { title: "Prompt leakage", category: "security", likelihood: 1, impact: 3, systemIds: [scoring] } },
      contributor,
    );
    assert.equal(minor.level, "LOW");

    assert.deepEqual(
      (await a.ok(RISKS, { f: { systemId: chat } })).risks.nodes.map((n: any) => n.id),
      [risk.id],
    );
    assert.deepEqual(
      (await a.ok(RISKS, { f: { systemId: scoring } })).risks.nodes.map((n: any) => n.id),
      [minor.id],
    );
    assert.deepEqual(
      (await a.ok(RISKS, { f: { level: "MEDIUM", status: "MITIGATING" } })).risks.nodes.map((n: any) => n.id),
      [risk.id],
    );
    assert.deepEqual(
      (await a.ok(RISKS, { f: { level: "LOW" } })).risks.nodes.map((n: any) => n.id),
      [minor.id],
    );

    const before = await auditCount(a);
    assert.deepEqual(codes(await a.gql(CREATE_RISK, { i: { title: "x", category: "bias", likelihood: 6, impact: 1, systemIds: [scoring] } }, contributor)), [
      "VALIDATION",
    ]);
    assert.deepEqual(codes(await a.gql(CREATE_RISK, { i: { title: "x", category: "bias", likelihood: 1, impact: 1, systemIds: [] } }, contributor)), [
      "VALIDATION",
    ]);
    assert.deepEqual(
      codes(await a.gql(CREATE_RISK, { i: { title: "x", category: "bias", likelihood: 1, impact: 1, systemIds: ["no-such-system"] } }, contributor)),
      ["NOT_FOUND"],
    );
    assert.equal(await auditCount(a), before);

    assert.deepEqual(await actionsOn(a, risk.id), ["risk.create", "risk.update", "risk.update", "risk.update"]);
    assert.deepEqual(await actionsOn(a, minor.id), ["risk.create"]);
  });

  test("incidents and impact assessments of an AI system", async () => {
    const a = api();
    const contributor = a.orgA.tokens.CONTRIBUTOR;
    const [systemId, otherSystem] = [await createSystem(a, contributor), await createSystem(a, contributor)];

    const { recordIncident: incident } = await a.ok(
      RECORD_INCIDENT,
      {
        i: {
          systemId,
          title: "Wrongful denials",
          description: "Spike in denials after release 3",
          severity: "HIGH",
          serious: true,
          occurredAt: "2026-04-01T08:00:00.000Z",
        },
      },
      contributor,
    );
    assert.deepEqual([incident.status, incident.serious, incident.reportedAt, incident.resolution], ["OPEN", true, null, null]);
    const { updateIncident: resolved } = await a.ok(
      UPDATE_INCIDENT,
      {
        id: incident.id,
        i: { status: "RESOLVED", resolution: "Rolled back to release 2", reportedAt: "2026-04-02T08:00:00.000Z" },
      },
      contributor,
    );
    assert.deepEqual(
      [resolved.status, resolved.resolution, resolved.reportedAt, resolved.serious],
      ["RESOLVED", "Rolled back to release 2", "2026-04-02T08:00:00.000Z", true],
    );
    const { recordIncident: minor } = await a.ok(
      RECORD_INCIDENT,
      { i: { systemId: otherSystem, title: "Latency", severity: "LOW", occurredAt: "2026-04-03T08:00:00.000Z" } },
      contributor,
    );
    assert.equal(minor.serious, false);
    assert.deepEqual(
      (await a.ok(INCIDENTS, { s: systemId })).incidents.map((n: any) => [n.id, n.status]),
      [[incident.id, "RESOLVED"]],
    );
    const all = (await a.ok(INCIDENTS, {})).incidents.map((n: any) => n.id);
    assert.deepEqual(
      all.filter((id: string) => id === minor.id || id === incident.id),
      [minor.id, incident.id],
      "most recent first",
    );

    const { recordImpactAssessment: fria } = await a.ok(
      RECORD_IMPACT,
      {
        i: {
          systemId,
          kind: "FRIA",
          summary: "Credit scoring of natural persons",
          affectedGroups: "Applicants",
          assessedAt: "2026-02-01T00:00:00.000Z",
          nextReviewAt: "2027-02-01T00:00:00.000Z",
        },
      },
      contributor,
    );
    assert.deepEqual([fria.kind, fria.affectedGroups, fria.nextReviewAt], ["FRIA", "Applicants", "2027-02-01T00:00:00.000Z"]);
    assert.deepEqual(
      (await a.ok(IMPACTS, { s: systemId })).impactAssessments.map((n: any) => n.id),
      [fria.id],
    );
    assert.deepEqual((await a.ok(IMPACTS, { s: otherSystem })).impactAssessments, []);

    const before = await auditCount(a);
    const refusal = async (query: string, variables: Record<string, unknown>, code: string, field?: string) => {
      const res = await a.gql(query, variables, contributor);
      assert.deepEqual(codes(res), [code]);
      if (field) assert.equal(res.errors![0]!.extensions!.field, field);
    };
    await refusal(
      RECORD_INCIDENT,
      { i: { systemId, title: "x", severity: "LOW", occurredAt: "2026-04-02T00:00:00Z", reportedAt: "2026-04-01T00:00:00Z" } },
      "VALIDATION",
      "reportedAt",
    );
    await refusal(UPDATE_INCIDENT, { id: incident.id, i: { reportedAt: "2026-03-01T00:00:00Z" } }, "VALIDATION", "reportedAt");
    await refusal(UPDATE_INCIDENT, { id: "no-such-incident", i: { status: "CLOSED" } }, "NOT_FOUND");
    await refusal(
      RECORD_IMPACT,
      { i: { systemId, kind: "DPIA", summary: "x", assessedAt: "2026-02-01T00:00:00Z", nextReviewAt: "2026-01-01T00:00:00Z" } },
      "VALIDATION",
      "nextReviewAt",
    );
    await refusal(RECORD_IMPACT, { i: { systemId: "no-such-system", kind: "DPIA", summary: "x", assessedAt: "2026-02-01T00:00:00Z" } }, "NOT_FOUND");
    assert.equal(await auditCount(a), before);

    assert.deepEqual(await actionsOn(a, incident.id), ["incident.record", "incident.update"]);
    assert.deepEqual(await actionsOn(a, fria.id), ["impactAssessment.record"]);
  });

  test("roles and isolation: a viewer reads but every mutation is FORBIDDEN; another organisation sees and changes none of it", async () => {
    const a = api();
    const contributor = a.orgA.tokens.CONTRIBUTOR;
    const systemId = await createSystem(a, contributor);
    const { setControlAssessment: control } = await a.ok(SET, { i: iso("A.6.2.4", { systemId }) }, contributor);
    const { createEvidence: evidence } = await a.ok(CREATE_EVIDENCE, { i: document("roles-policy") }, contributor);
    const { createRisk: risk } = await a.ok(
      CREATE_RISK,
      { i: { title: "Drift", category: "performance", likelihood: 3, impact: 3, systemIds: [systemId] } },
      contributor,
    );
    const { recordIncident: incident } = await a.ok(
      RECORD_INCIDENT,
      { i: { systemId, title: "Outage", severity: "MEDIUM", occurredAt: "2026-05-01T00:00:00Z" } },
      contributor,
    );
    const { recordImpactAssessment: impact } = await a.ok(
      RECORD_IMPACT,
      { i: { systemId, kind: "AI_SYSTEM_IMPACT", summary: "Impact on applicants", assessedAt: "2026-05-01T00:00:00Z" } },
      contributor,
    );

    const mutations: [string, Record<string, unknown>][] = [
      [SET, { i: iso("A.6.2.4", { systemId, status: "IMPLEMENTED" }) }],
      [CREATE_EVIDENCE, { i: document("by-someone-else") }],
      [UPDATE_EVIDENCE, { id: evidence.id, i: { title: "changed" } }],
      [CREATE_RISK, { i: { title: "x", category: "bias", likelihood: 1, impact: 1, systemIds: [systemId] } }],
      [UPDATE_RISK, { id: risk.id, i: { status: "CLOSED" } }],
      [RECORD_INCIDENT, { i: { systemId, title: "x", severity: "LOW", occurredAt: "2026-05-02T00:00:00Z" } }],
      [UPDATE_INCIDENT, { id: incident.id, i: { status: "CLOSED" } }],
      [RECORD_IMPACT, { i: { systemId, kind: "DPIA", summary: "x", assessedAt: "2026-05-02T00:00:00Z" } }],
    ];
    // Unfiltered lists, narrowed to this test's records (the suite's other tests write to the same organisation).
    const mine = new Set([control.id, evidence.id, risk.id, incident.id, impact.id]);
    const own = <T extends { id: string }>(nodes: T[]) => nodes.filter((n) => mine.has(n.id));
    const reads = async (token: string) => [
      own((await a.ok(ASSESSMENTS, {}, token)).controlAssessments.nodes).map((n: any) => [n.id, n.status]),
      own((await a.ok(EVIDENCE, {}, token)).evidence.nodes).map((n: any) => [n.id, n.title]),
      own((await a.ok(RISKS, {}, token)).risks.nodes).map((n: any) => [n.id, n.status]),
      own((await a.ok(INCIDENTS, {}, token)).incidents).map((n: any) => [n.id, n.status]),
      own((await a.ok(IMPACTS, {}, token)).impactAssessments).map((n: any) => n.id),
    ];
    const expected = [[[control.id, "NOT_STARTED"]], [[evidence.id, "roles-policy"]], [[risk.id, "OPEN"]], [[incident.id, "OPEN"]], [impact.id]];

    const before = await auditCount(a);
    const viewer = a.orgA.tokens.VIEWER;
    assert.deepEqual(await reads(viewer), expected, "a viewer reads every record");
    for (const [query, variables] of mutations) assert.deepEqual(codes(await a.gql(query, variables, viewer)), ["FORBIDDEN"], query);
    assert.equal(await auditCount(a), before, "refused mutations wrote nothing");

    const b = a.orgB.tokens.ADMIN;
    assert.deepEqual(await reads(b), [[], [], [], [], []], "another organisation sees none of it");
    assert.deepEqual((await a.ok(ASSESSMENTS, { f: { systemId } }, b)).controlAssessments.totalCount, 0);
    assert.deepEqual((await a.ok(INCIDENTS, { s: systemId }, b)).incidents, []);
    assert.deepEqual((await a.ok(IMPACTS, { s: systemId }, b)).impactAssessments, []);
    assert.equal((await a.ok(RISKS, { f: { systemId } }, b)).risks.totalCount, 0);
    for (const [query, variables] of mutations.filter(([query]) => query !== CREATE_EVIDENCE)) {
      assert.deepEqual(codes(await a.gql(query, variables, b)), ["NOT_FOUND"], query);
    }
    assert.deepEqual(await reads(a.orgA.tokens.ADMIN), expected, "unchanged");
    assert.equal(await auditCount(a), before);
  });
});
