import assert from "node:assert/strict";
import { test } from "node:test";
import { codes, describeContract, type TestApi } from "../support/contract";

const CREATE = `mutation($i: CreateAISystemInput!) { createAISystem(input: $i) { id reference name } }`;
const CONFIRM = `mutation($id: ID!, $a: ClassificationAnswersInput!) { confirmClassification(systemId: $id, answers: $a) { system { riskTier classifiedAt } } }`;
const GAPS = `query($f: GapFilter, $at: DateTime) { gaps(filter: $f, asOf: $at) {
  key rule state severity message system { id reference name } framework requirementId fix { recordType recordId label } evidenceId } }`;
const CREATED_AT = `query($s: String) { auditEvents(filter: { subjectId: $s, action: "aiSystem.create" }) { nodes { createdAt } } }`;

const RECRUITMENT = { operatorRole: "PROVIDER", annexIIIPoint: "4(a)" };
const HIGH_RISK_RULE = "high-risk-without-approved-production-version";

interface Gap {
  key: string;
  rule: string;
  state: string;
  severity: string;
  message: string;
  system: { id: string; reference: string; name: string } | null;
  framework: string | null;
  requirementId: string | null;
  fix: { recordType: string; recordId: string | null; label: string };
  evidenceId: string | null;
}

async function gaps(a: TestApi, filter?: Record<string, unknown>, asOf?: string, token?: string): Promise<Gap[]> {
  return (await a.ok(GAPS, { f: filter, at: asOf }, token)).gaps;
}

async function highRiskSystem(a: TestApi, reference: string, token: string): Promise<{ id: string; reference: string; name: string }> {
  const { createAISystem: s } = await a.ok(CREATE, { i: { reference, name: `System ${reference}` } }, token);
  await a.ok(CONFIRM, { id: s.id, a: RECRUITMENT }, token);
  return s;
}

const sortedKeys = (list: Gap[]) => list.map((g) => g.key).sort();

describeContract("gaps", (api) => {
  test("a freshly confirmed high-risk system without a production version: the production gap and its obligations unassessed (UNKNOWN)", async () => {
    const a = api();
    const s = await highRiskSystem(a, "recruiter", a.orgA.tokens.APPROVER);
    const found = await gaps(a, { systemId: s.id }, undefined, a.orgA.tokens.VIEWER);
    assert.ok(found.every((g) => g.system?.id === s.id));

    const production = found.filter((g) => g.rule === HIGH_RISK_RULE);
    assert.equal(production.length, 1);
    assert.deepEqual(production[0], {
      key: `${HIGH_RISK_RULE}:${s.id}`,
      rule: HIGH_RISK_RULE,
      state: "MISSING_EVIDENCE",
      severity: "HIGH",
      message: `High-risk system ${s.reference} has no model version or release approved into production`,
      system: s,
      framework: "EU_AI_ACT",
      requirementId: "art-9",
      fix: { recordType: "AISystem", recordId: s.id, label: `Request approval of a production version for ${s.reference}` },
      evidenceId: null,
    });

    const obligations = found.filter((g) => g.rule === "obligation-not-met");
    assert.deepEqual(
      obligations.map((g) => g.requirementId).sort(),
      ["art-4", "art-5", "art-9", "art-10", "art-11", "art-12", "art-13", "art-14", "art-15", "art-17", "art-49", "art-72", "art-73"].sort(),
    );
    assert.ok(obligations.every((g) => g.state === "UNKNOWN" && g.framework === "EU_AI_ACT" && g.fix.recordType === "AISystem" && g.fix.recordId === s.id));
    const art9 = obligations.find((g) => g.requirementId === "art-9")!;
    assert.match(art9.message, /Art\. 9 .* has never been assessed for recruiter/);
    const today = new Date().toISOString().slice(0, 10);
    // Before its application date an unassessed obligation is LOW and says from when it applies.
    if (today < "2027-12-02") {
      assert.equal(art9.severity, "LOW");
      assert.match(art9.message, /applies from 2027-12-02/);
    } else assert.equal(art9.severity, "HIGH");
    assert.equal(obligations.find((g) => g.requirementId === "art-4")!.severity, "HIGH", "AI literacy already applies to a high-risk system");
  });

  test("filters by severity, state, rule, framework and system agree with the whole list", async () => {
    const a = api();
    const s = await highRiskSystem(a, "screener", a.orgA.tokens.ADMIN);
    const other = await highRiskSystem(a, "ranker", a.orgA.tokens.ADMIN);
    const all = await gaps(a);
    assert.ok(all.some((g) => g.system?.id === s.id) && all.some((g) => g.system?.id === other.id));

    const cases: [Record<string, unknown>, (g: Gap) => boolean][] = [
      [{ severity: "HIGH" }, (g) => g.severity === "HIGH"],
      [{ severity: "LOW" }, (g) => g.severity === "LOW"],
      [{ state: "UNKNOWN" }, (g) => g.state === "UNKNOWN"],
      [{ state: "MISSING_EVIDENCE" }, (g) => g.state === "MISSING_EVIDENCE"],
      [{ rule: HIGH_RISK_RULE }, (g) => g.rule === HIGH_RISK_RULE],
      [{ framework: "EU_AI_ACT" }, (g) => g.framework === "EU_AI_ACT"],
      [{ framework: "NIST_AI_RMF" }, (g) => g.framework === "NIST_AI_RMF"],
      [{ systemId: s.id }, (g) => g.system?.id === s.id],
      [{ systemId: s.id, severity: "HIGH", state: "UNKNOWN" }, (g) => g.system?.id === s.id && g.severity === "HIGH" && g.state === "UNKNOWN"],
    ];
    for (const [filter, keep] of cases) {
      const filtered = await gaps(a, filter);
      assert.deepEqual(sortedKeys(filtered), sortedKeys(all.filter(keep)), JSON.stringify(filter));
    }
    assert.ok((await gaps(a, { state: "UNKNOWN" })).length > 0);
    const high = await gaps(a, { systemId: s.id, severity: "HIGH" });
    assert.ok(high.some((g) => g.rule === HIGH_RISK_RULE));
    assert.ok(high.every((g) => g.severity === "HIGH" && g.system?.id === s.id));
    const unknown = await gaps(a, { systemId: s.id, state: "UNKNOWN", rule: "obligation-not-met" });
    assert.equal(unknown.length, 13, "every obligation of the high-risk provider, never assessed");

    const bad = await a.gql(GAPS, { f: { severity: "URGENT" } });
    assert.deepEqual(codes(bad), ["VALIDATION"]);
  });

  test("another organisation's gaps are not visible", async () => {
    const a = api();
    const mine = await highRiskSystem(a, "orgs-a", a.orgA.tokens.ADMIN);
    const theirs = await highRiskSystem(a, "orgs-b", a.orgB.tokens.ADMIN);
    const ofA = await gaps(a);
    const ofB = await gaps(a, undefined, undefined, a.orgB.tokens.VIEWER);
    assert.ok(ofA.some((g) => g.system?.id === mine.id));
    assert.ok(ofB.some((g) => g.system?.id === theirs.id));
    assert.ok(!ofA.some((g) => g.system?.id === theirs.id || g.fix.recordId === theirs.id));
    assert.ok(!ofB.some((g) => g.system?.id === mine.id || g.fix.recordId === mine.id));
    assert.deepEqual(await gaps(a, { systemId: theirs.id }), []);
  });

  test("gaps as of an instant before the classification show no high-risk gap for that system", async () => {
    const a = api();
    const { createAISystem: s } = await a.ok(CREATE, { i: { reference: "later-classified", name: "Later classified" } });
    const { auditEvents } = await a.ok(CREATED_AT, { s: s.id });
    const registered: string = auditEvents.nodes[0].createdAt;
    await new Promise((resolve) => setTimeout(resolve, 20));
    const { confirmClassification: c } = await a.ok(CONFIRM, { id: s.id, a: RECRUITMENT }, a.orgA.tokens.APPROVER);
    assert.equal(c.system.riskTier, "HIGH_RISK");
    assert.ok(new Date(c.system.classifiedAt) > new Date(registered));

    const now = await gaps(a, { systemId: s.id });
    assert.ok(now.some((g) => g.rule === HIGH_RISK_RULE));
    const then = await gaps(a, { systemId: s.id }, registered);
    assert.deepEqual(then, [], "registered but unclassified then: no high-risk gap and no obligations");
    const thenAll = await gaps(a, undefined, registered);
    assert.ok(!thenAll.some((g) => g.system?.id === s.id));
    const before = await gaps(a, { systemId: s.id }, new Date(Date.parse(registered) - 60_000).toISOString());
    assert.deepEqual(before, []);
  });
});

describeContract("GPAI training-content summary", (api) => {
  test("drafted from the linked dataset records in the template's three sections; what is missing is listed, before and after a dataset is linked", async () => {
    const a = api();
    const writer = a.orgA.tokens.CONTRIBUTOR;
    const suffix = Math.random().toString(36).slice(2, 8);
    const model = (await a.ok(`mutation($i: CreateModelInput!) { createModel(input: $i) { id } }`, { i: { name: `gpai-${suffix}`, kind: "LLM" } }, writer))
      .createModel;
    const SUMMARY = `query($m: ID!, $at: DateTime) { trainingContentSummary(modelId: $m, asOf: $at) { modelId complete sections { id title text missing } } }`;
    const empty = (await a.ok(SUMMARY, { m: model.id })).trainingContentSummary;
    assert.deepEqual(
      empty.sections.map((s: { id: string }) => s.id),
      ["general-information", "data-sources", "data-processing"],
    );
    assert.equal(empty.complete, false);
    assert.ok(empty.sections[1].missing.includes("the list of data sources"));

    const dataset = (
      await a.ok(
        `mutation($i: CreateDatasetInput!) { createDataset(input: $i) { id } }`,
        { i: { name: `corpus-${suffix}`, source: "Licensed news archive, Łódź", licence: "commercial", containsPersonalData: true } },
        writer,
      )
    ).createDataset;
    const version = (
      await a.ok(
        `mutation($i: CreateDatasetVersionInput!) { createDatasetVersion(input: $i) { id } }`,
        { i: { datasetId: dataset.id, uri: `s3://data/${suffix}/v1`, rowCount: 5000 } },
        writer,
      )
    ).createDatasetVersion;
    const before = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 30));
    await a.ok(
      `mutation($i: RegisterModelVersionInput!) { registerModelVersion(input: $i) { id } }`,
      {
        i: {
          modelId: model.id,
          artifactUri: `s3://models/${suffix}/1`,
          artifactDigest: "b".repeat(64),
          lineage: [{ datasetVersionId: version.id, role: "TRAINING" }],
        },
      },
      writer,
    );
    const drafted = (await a.ok(SUMMARY, { m: model.id })).trainingContentSummary;
    assert.equal(drafted.complete, true, JSON.stringify(drafted));
    assert.match(drafted.sections[1].text, /Licensed news archive, Łódź/);
    assert.match(drafted.sections[2].text, /personal data/);
    assert.equal((await a.ok(SUMMARY, { m: model.id, at: before })).trainingContentSummary.complete, false, "as of before the version, nothing was linked");
    assert.deepEqual(codes(await a.gql(SUMMARY, { m: model.id }, a.orgB.tokens.ADMIN)), ["NOT_FOUND"]);
  });
});
