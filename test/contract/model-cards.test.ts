import assert from "node:assert/strict";
import { test } from "node:test";
import { codes, describeContract } from "../support/contract";
import { auditCount } from "../support/fixtures/audit";
import { createModelVersion, createModelVersions } from "../support/fixtures/registry";

const CARD_FIELDS = `id modelVersionId revision latestRevision overview intendedUse trainingData environmentalImpact changeNote
  completeness { overall filled missing frameworks { framework score required missing } }`;
const SAVE = `mutation($i: SaveModelCardInput!) { saveModelCard(input: $i) { ${CARD_FIELDS} } }`;
const GET = `query($v: ID!) { modelCard(modelVersionId: $v) { ${CARD_FIELDS} } }`;

const framework = (card: any, name: string) => card.completeness.frameworks.find((f: any) => f.framework === name);

describeContract("model cards", (api) => {
  test("saving creates revisions 1, 2, 3 …; omitted sections carry over; history and revisions are readable", async () => {
    const a = api();
    const versionId = await createModelVersion(a);
    assert.equal((await a.ok(GET, { v: versionId })).modelCard, null, "no card yet");

    const before = await auditCount(a);
    const r1 = (await a.ok(SAVE, { i: { modelVersionId: versionId, overview: "Gradient-boosted credit scorer", changeNote: "first draft" } })).saveModelCard;
    assert.equal(await auditCount(a), before + 1, "exactly one audit event per save");
    assert.equal(r1.revision, 1);
    assert.equal(r1.latestRevision, 1);
    assert.equal(r1.modelVersionId, versionId);
    assert.equal(r1.changeNote, "first draft");

    const r2 = (await a.ok(SAVE, { i: { modelVersionId: versionId, intendedUse: "Consumer credit decisions", trainingData: "Loans 2019–2024" } }))
      .saveModelCard;
    assert.equal(r2.revision, 2);
    assert.equal(r2.overview, "Gradient-boosted credit scorer", "omitted sections carry over");
    assert.equal(r2.changeNote, null, "change notes do not carry over");

    const r3 = (await a.ok(SAVE, { i: { modelVersionId: versionId, trainingData: null, overview: "  " } })).saveModelCard;
    assert.equal(r3.revision, 3);
    assert.equal(r3.trainingData, null, "null clears");
    assert.equal(r3.overview, null, "blank clears");
    assert.equal(r3.intendedUse, "Consumer credit decisions");

    const latest = (await a.ok(GET, { v: versionId })).modelCard;
    assert.equal(latest.id, r3.id);
    assert.equal(latest.revision, 3);

    const second = await a.ok(`query($v: ID!) { modelCardRevision(modelVersionId: $v, revision: 2) { id revision latestRevision trainingData } }`, {
      v: versionId,
    });
    assert.deepEqual(second.modelCardRevision, { id: r2.id, revision: 2, latestRevision: 3, trainingData: "Loans 2019–2024" });
    const missing = await a.gql(`query($v: ID!) { modelCardRevision(modelVersionId: $v, revision: 4) { id } }`, { v: versionId });
    assert.deepEqual(codes(missing), ["NOT_FOUND"]);

    const history = await a.ok(`query($v: ID!) { modelCardHistory(modelVersionId: $v) { totalCount nodes { id revision } } }`, { v: versionId });
    assert.equal(history.modelCardHistory.totalCount, 3);
    assert.deepEqual(
      history.modelCardHistory.nodes.map((n: any) => n.revision),
      [3, 2, 1],
    );
    const page1 = await a.ok(`query($v: ID!) { modelCardHistory(modelVersionId: $v, first: 2) { nodes { revision } pageInfo { hasNextPage endCursor } } }`, {
      v: versionId,
    });
    const page2 = await a.ok(
      `query($v: ID!, $after: String) { modelCardHistory(modelVersionId: $v, first: 2, after: $after) { nodes { revision } pageInfo { hasNextPage } } }`,
      { v: versionId, after: page1.modelCardHistory.pageInfo.endCursor },
    );
    assert.deepEqual(
      [...page1.modelCardHistory.nodes, ...page2.modelCardHistory.nodes].map((n: any) => n.revision),
      [3, 2, 1],
    );
    assert.equal(page2.modelCardHistory.pageInfo.hasNextPage, false);

    const other = await createModelVersion(a);
    const empty = await a.ok(`query($v: ID!) { modelCardHistory(modelVersionId: $v) { totalCount nodes { id } } }`, { v: other });
    assert.deepEqual(empty.modelCardHistory, { totalCount: 0, nodes: [] });
    const firstOfOther = (await a.ok(SAVE, { i: { modelVersionId: other, overview: "x" } })).saveModelCard;
    assert.equal(firstOfOther.revision, 1, "revisions are numbered per version");
  });

  test("concurrent saves, including the first, get distinct revisions without gaps", async () => {
    const a = api();
    const versionId = await createModelVersion(a);
    const saves = await Promise.all(Array.from({ length: 6 }, (_, i) => a.gql(SAVE, { i: { modelVersionId: versionId, overview: `writer ${i}` } })));
    for (const res of saves) assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.deepEqual(saves.map((r) => r.data.saveModelCard.revision).sort(), [1, 2, 3, 4, 5, 6]);
    const latest = (await a.ok(GET, { v: versionId })).modelCard;
    assert.equal(latest.latestRevision, 6);
  });

  test("completeness is computed per framework and rises as sections are filled", async () => {
    const a = api();
    const versionId = await createModelVersion(a);
    const empty = (await a.ok(SAVE, { i: { modelVersionId: versionId, changeNote: "empty shell" } })).saveModelCard;
    assert.equal(empty.completeness.overall, 0);
    assert.deepEqual(
      empty.completeness.frameworks.map((f: any) => [f.framework, f.score]),
      [
        ["EU_AI_ACT", 0],
        ["ISO_42001", 0],
        ["NIST_AI_RMF", 0],
      ],
    );
    assert.deepEqual(framework(empty, "ISO_42001").missing, [
      "overview",
      "intendedUse",
      "trainingData",
      "evaluationData",
      "metricsSummary",
      "limitationsAndRisks",
    ]);

    const partial = (await a.ok(SAVE, { i: { modelVersionId: versionId, overview: "o", intendedUse: "u", trainingData: "t" } })).saveModelCard;
    assert.equal(framework(partial, "ISO_42001").score, 0.5);
    assert.deepEqual(framework(partial, "ISO_42001").missing, ["evaluationData", "metricsSummary", "limitationsAndRisks"]);
    assert.ok(framework(partial, "EU_AI_ACT").score > 0 && framework(partial, "EU_AI_ACT").score < 0.5);
    assert.equal(partial.completeness.overall, 0.25);
    assert.deepEqual(partial.completeness.filled, ["overview", "intendedUse", "trainingData"]);

    // Environmental impact counts for NIST (MEASURE 2.12) but not for ISO 42001 or the EU AI Act here.
    const env = (await a.ok(SAVE, { i: { modelVersionId: versionId, environmentalImpact: "12 kWh training" } })).saveModelCard;
    assert.ok(framework(env, "NIST_AI_RMF").score > framework(partial, "NIST_AI_RMF").score);
    assert.equal(framework(env, "ISO_42001").score, 0.5);
    assert.equal(framework(env, "EU_AI_ACT").score, framework(partial, "EU_AI_ACT").score);

    const iso = (
      await a.ok(SAVE, {
        i: { modelVersionId: versionId, evaluationData: "Holdout 2024", metricsSummary: "AUC 0.87", limitationsAndRisks: "Thin-file applicants" },
      })
    ).saveModelCard;
    assert.deepEqual([framework(iso, "ISO_42001").score, framework(iso, "ISO_42001").missing], [1, []]);
    assert.ok(framework(iso, "EU_AI_ACT").score < 1);

    const full = (
      await a.ok(SAVE, {
        i: {
          modelVersionId: versionId,
          outOfScopeUse: "Employment",
          intendedUsers: "Credit officers",
          factors: "Age, region",
          ethicalConsiderations: "Fair lending",
          recommendations: "Human review of declines",
        },
      })
    ).saveModelCard;
    assert.equal(full.completeness.overall, 1);
    for (const f of full.completeness.frameworks) assert.deepEqual([f.score, f.missing], [1, []], f.framework);

    // Clearing a section lowers completeness again; the older revision keeps its own figures.
    const cleared = (await a.ok(SAVE, { i: { modelVersionId: versionId, trainingData: null } })).saveModelCard;
    assert.ok(framework(cleared, "ISO_42001").missing.includes("trainingData"));
    const old = await a.ok(`query($v: ID!, $r: Int!) { modelCardRevision(modelVersionId: $v, revision: $r) { completeness { overall } } }`, {
      v: versionId,
      r: partial.revision,
    });
    assert.equal(old.modelCardRevision.completeness.overall, 0.25);
  });

  test("ModelVersion.card resolves the latest revision for every version on a page", async () => {
    const a = api();
    const [v1, v2, v3] = await createModelVersions(a, 3);
    await a.ok(SAVE, { i: { modelVersionId: v1, overview: "one" } });
    await a.ok(SAVE, { i: { modelVersionId: v1, overview: "one, revised" } });
    await a.ok(SAVE, { i: { modelVersionId: v2, overview: "two" } });
    const res = await a.ok(`{ modelVersions(first: 50) { nodes { id card { revision overview modelVersionId completeness { overall } } } } }`);
    const byId = new Map(res.modelVersions.nodes.map((n: any) => [n.id, n.card]));
    assert.deepEqual(byId.get(v1), { revision: 2, overview: "one, revised", modelVersionId: v1, completeness: { overall: 0.0833 } });
    assert.equal((byId.get(v2) as any).overview, "two");
    assert.equal(byId.get(v3), null);
  });

  test("bad input is refused with the field named, and nothing is written", async () => {
    const a = api();
    const versionId = await createModelVersion(a);
    await a.ok(SAVE, { i: { modelVersionId: versionId, overview: "kept" } });
    const before = await auditCount(a);
    const tooLong = await a.gql(SAVE, { i: { modelVersionId: versionId, factors: "x".repeat(20_001) } });
    assert.deepEqual(codes(tooLong), ["VALIDATION"]);
    assert.equal(tooLong.errors![0]!.extensions!.field, "factors");
    const longNote = await a.gql(SAVE, { i: { modelVersionId: versionId, changeNote: "x".repeat(2_001) } });
    assert.equal(longNote.errors![0]!.extensions!.field, "changeNote");
    const unknownField = await a.gql(SAVE, { i: { modelVersionId: versionId, summary: "no such section" } });
    assert.deepEqual(codes(unknownField), ["VALIDATION"]);
    const unknownVersion = await a.gql(SAVE, { i: { modelVersionId: "nope", overview: "x" } });
    assert.deepEqual(codes(unknownVersion), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(GET, { v: "nope" })), ["NOT_FOUND"]);
    assert.equal(await auditCount(a), before);
    const latest = (await a.ok(GET, { v: versionId })).modelCard;
    assert.deepEqual([latest.revision, latest.overview], [1, "kept"]);
  });

  test("isolation: another organisation cannot read or write a version's card", async () => {
    const a = api();
    const versionId = await createModelVersion(a);
    await a.ok(SAVE, { i: { modelVersionId: versionId, overview: "private" } });
    const tokenB = a.orgB.tokens.ADMIN;
    const beforeB = await auditCount(a, tokenB);
    assert.deepEqual(codes(await a.gql(SAVE, { i: { modelVersionId: versionId, overview: "hijack" } }, tokenB)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(GET, { v: versionId }, tokenB)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(`query($v: ID!) { modelCardHistory(modelVersionId: $v) { totalCount } }`, { v: versionId }, tokenB)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(`query($v: ID!) { modelCardRevision(modelVersionId: $v, revision: 1) { id } }`, { v: versionId }, tokenB)), [
      "NOT_FOUND",
    ]);
    assert.equal(await auditCount(a, tokenB), beforeB);
    assert.equal((await a.ok(GET, { v: versionId })).modelCard.overview, "private");
  });

  test("roles: viewers and auditors read cards but cannot save them", async () => {
    const a = api();
    const versionId = await createModelVersion(a);
    for (const role of ["VIEWER", "AUDITOR"] as const) {
      assert.deepEqual(codes(await a.gql(SAVE, { i: { modelVersionId: versionId, overview: "x" } }, a.orgA.tokens[role])), ["FORBIDDEN"], role);
    }
    await a.ok(SAVE, { i: { modelVersionId: versionId, overview: "by a contributor" } }, a.orgA.tokens.CONTRIBUTOR);
    const read = await a.ok(GET, { v: versionId }, a.orgA.tokens.VIEWER);
    assert.equal(read.modelCard.overview, "by a contributor");
  });
});
