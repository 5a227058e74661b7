// "What was in production on date D": alias pointers from the alias history (moves happen "now", so the
// test queries at the recorded movedAt instants and just before them) and deployments from their
// explicit start and end times.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { before, test } from "node:test";
import { codes, describeContract, type TestApi } from "../support/contract";

const SNAPSHOT = `query($at: DateTime!, $model: ID, $system: ID, $env: Environment, $first: Int, $after: String) {
  productionSnapshot(at: $at, modelId: $model, systemId: $system, environment: $env) {
    at modelId systemId environment
    aliases(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id modelId name versionId since reason model { name } version { number } } }
    deployments(first: 100) { totalCount nodes { id environment target region trafficShare startedAt endedAt modelVersion { number model { name } } release { id number } } }
  } }`;
const SET = `mutation($i: SetAliasInput!) { setAlias(input: $i) { id } }`;
const DELETE = `mutation($m: ID!, $n: String!) { deleteAlias(modelId: $m, name: $n) { id } }`;
const RECORD = `mutation($i: RecordDeploymentInput!) { recordDeployment(input: $i) { id } }`;
const HISTORY = `query($m: ID!, $n: String!) { aliasHistory(modelId: $m, name: $n, first: 100) { nodes { movedAt toVersionId } } }`;

const ms = (iso: string, delta: number) => new Date(Date.parse(iso) + delta).toISOString();
const pause = () => new Promise((r) => setTimeout(r, 15));

async function modelWithVersions(a: TestApi, name: string, count: number, systemId?: string) {
  const { createModel: m } = await a.ok(`mutation($i: CreateModelInput!) { createModel(input: $i) { id } }`, { i: { name, kind: "CLASSIFIER", systemId } });
  const versions: string[] = [];
  for (let i = 1; i <= count; i++) {
    const { registerModelVersion: v } = await a.ok(`mutation($i: RegisterModelVersionInput!) { registerModelVersion(input: $i) { id } }`, {
      i: { modelId: m.id, artifactUri: `s3://${name}/${i}`, artifactDigest: randomBytes(32).toString("hex") },
    });
    versions.push(v.id);
  }
  return { modelId: m.id as string, versions };
}

describeContract("production snapshot", (api) => {
  // This suite is about how deployments are recorded, not about the gate (deployment-gate.test.ts): its
  // organisation records unapproved production deployments as flagged violations instead of refusing them.
  before(async () => {
    await api().ok(`mutation { setDeploymentGate(environment: PRODUCTION, mode: RECORD_AND_FLAG) { mode } }`);
  });
  const w: Record<string, any> = {};
  /** When each alias move was recorded: [model, name, n-th move] → movedAt. */
  let moves: Record<string, string[]> = {};

  before(async () => {
    const a = api();
    const { createAISystem } = await a.ok(`mutation { createAISystem(input: { reference: "snap-system", name: "Snapshot system" }) { id } }`);
    w.system = createAISystem.id;
    w.scorer = await modelWithVersions(a, "snap-scorer", 3, w.system);
    w.other = await modelWithVersions(a, "snap-other", 1);
    const { createRelease } = await a.ok(
      `mutation($s: ID!, $v: ID!) { createRelease(input: { systemId: $s, components: [{ role: BASE_MODEL, modelVersionId: $v }] }) { id } }`,
      { s: w.system, v: w.scorer.versions[2] },
    );
    w.release = createRelease.id;

    const [v1, v2, v3] = w.scorer.versions;
    await a.ok(SET, { i: { modelId: w.scorer.modelId, name: "live", versionId: v1, reason: "first" } });
    await pause();
    await a.ok(SET, { i: { modelId: w.scorer.modelId, name: "champion", versionId: v3 } });
    await pause();
    await a.ok(SET, { i: { modelId: w.scorer.modelId, name: "live", versionId: v2, reason: "v2 is better" } });
    await pause();
    await a.ok(DELETE, { m: w.scorer.modelId, n: "champion" });
    await pause();
    await a.ok(SET, { i: { modelId: w.other.modelId, name: "live", versionId: w.other.versions[0] } });
    const movedAt = async (m: string, n: string) => (await a.ok(HISTORY, { m, n })).aliasHistory.nodes.map((h: any) => h.movedAt).reverse();
    moves = {
      live: await movedAt(w.scorer.modelId, "live"),
      champion: await movedAt(w.scorer.modelId, "champion"),
      other: await movedAt(w.other.modelId, "live"),
    };

    w.d1 = (
      await a.ok(RECORD, {
        i: { modelVersionId: v1, environment: "PRODUCTION", target: "scoring", region: "eu-west-1", startedAt: "2026-01-01T00:00:00.000Z" },
      })
    ).recordDeployment.id;
    await a.ok(`mutation($id: ID!) { endDeployment(id: $id, endedAt: "2026-02-01T00:00:00.000Z") { id } }`, { id: w.d1 });
    w.d2 = (
      await a.ok(RECORD, {
        i: { modelVersionId: v2, environment: "PRODUCTION", target: "scoring", region: "eu-west-1", startedAt: "2026-02-01T00:00:00.000Z" },
      })
    ).recordDeployment.id;
    w.d3 = (
      await a.ok(RECORD, { i: { releaseId: w.release, environment: "STAGING", target: "chat", trafficShare: 0.5, startedAt: "2026-01-15T00:00:00.000Z" } })
    ).recordDeployment.id;
    w.d4 = (
      await a.ok(RECORD, { i: { modelVersionId: w.other.versions[0], environment: "PRODUCTION", target: "batch", startedAt: "2026-03-01T00:00:00.000Z" } })
    ).recordDeployment.id;
  });

  const snapshot = async (vars: Record<string, unknown>, token?: string) => (await api().ok(SNAPSHOT, vars, token)).productionSnapshot;
  const pointers = (s: any) => s.aliases.nodes.map((n: any) => `${n.model.name}:${n.name}=v${n.version.number}`).sort();
  const deployed = (s: any) => s.deployments.nodes.map((d: any) => d.id).sort();

  test("alias pointers at each recorded instant: the last move at or before it; a removal means no pointer", async () => {
    const [p1, p2] = moves.live!;
    const [c1, cDeleted] = moves.champion!;
    const [o1] = moves.other!;
    const scorer = { model: w.scorer.modelId };
    assert.deepEqual(pointers(await snapshot({ at: ms(p1!, -1), ...scorer })), [], "before the first move");
    assert.deepEqual(pointers(await snapshot({ at: p1, ...scorer })), ["snap-scorer:live=v1"], "a move counts from its own instant");
    assert.deepEqual(pointers(await snapshot({ at: c1, ...scorer })), ["snap-scorer:champion=v3", "snap-scorer:live=v1"]);
    assert.deepEqual(pointers(await snapshot({ at: ms(p2!, -1), ...scorer })), ["snap-scorer:champion=v3", "snap-scorer:live=v1"]);
    assert.deepEqual(pointers(await snapshot({ at: p2, ...scorer })), ["snap-scorer:champion=v3", "snap-scorer:live=v2"]);
    assert.deepEqual(pointers(await snapshot({ at: cDeleted, ...scorer })), ["snap-scorer:live=v2"], "the removed alias points nowhere");
    const all = await snapshot({ at: o1 });
    assert.deepEqual(pointers(all), ["snap-other:live=v1", "snap-scorer:live=v2"]);
    const prod = all.aliases.nodes.find((n: any) => n.model.name === "snap-scorer");
    assert.deepEqual([prod.since, prod.reason, prod.versionId, prod.modelId], [p2, "v2 is better", w.scorer.versions[1], w.scorer.modelId]);
    assert.deepEqual(pointers(await snapshot({ at: o1, system: w.system })), ["snap-scorer:live=v2"], "only the system's models");
    assert.deepEqual(pointers(await snapshot({ at: "2000-01-01T00:00:00Z" })), []);
  });

  test("deployments running at an instant, with what ran where; ends are exclusive, starts inclusive", async () => {
    const at = async (iso: string, extra: Record<string, unknown> = {}) => deployed(await snapshot({ at: iso, ...extra }));
    assert.deepEqual(await at("2025-12-31T23:59:59.999Z"), []);
    assert.deepEqual(await at("2026-01-01T00:00:00.000Z"), [w.d1]);
    assert.deepEqual(await at("2026-01-20T00:00:00.000Z"), [w.d1, w.d3].sort());
    assert.deepEqual(await at("2026-01-31T23:59:59.999Z"), [w.d1, w.d3].sort());
    assert.deepEqual(await at("2026-02-01T00:00:00.000Z"), [w.d2, w.d3].sort(), "v1 ended exactly when v2 started");
    assert.deepEqual(await at("2026-03-05T00:00:00.000Z"), [w.d2, w.d3, w.d4].sort());
    assert.deepEqual(
      await at("2026-03-05T00:00:00.000Z", { model: w.scorer.modelId }),
      [w.d2, w.d3].sort(),
      "the model's versions and releases that include it",
    );
    assert.deepEqual(await at("2026-03-05T00:00:00.000Z", { model: w.other.modelId }), [w.d4]);
    assert.deepEqual(await at("2026-03-05T00:00:00.000Z", { system: w.system }), [w.d2, w.d3].sort());
    assert.deepEqual(await at("2026-03-05T00:00:00.000Z", { env: "STAGING" }), [w.d3]);
    assert.deepEqual(await at("2026-03-05T00:00:00.000Z", { model: w.other.modelId, system: w.system }), [], "both filters apply");

    const s = await snapshot({ at: "2026-01-20T00:00:00.000Z" }, api().orgA.tokens.VIEWER);
    assert.equal(s.at, "2026-01-20T00:00:00.000Z");
    const byId = Object.fromEntries(s.deployments.nodes.map((d: any) => [d.id, d]));
    assert.deepEqual(byId[w.d1], {
      id: w.d1,
      environment: "PRODUCTION",
      target: "scoring",
      region: "eu-west-1",
      trafficShare: 1,
      startedAt: "2026-01-01T00:00:00.000Z",
      endedAt: "2026-02-01T00:00:00.000Z",
      modelVersion: { number: 1, model: { name: "snap-scorer" } },
      release: null,
    });
    assert.deepEqual([byId[w.d3].trafficShare, byId[w.d3].release, byId[w.d3].modelVersion], [0.5, { id: w.release, number: 1 }, null]);
    assert.equal(s.deployments.totalCount, 2);
  });

  test("alias pointers page with cursors", async () => {
    const at = moves.other![0];
    const first = await snapshot({ at, first: 1 });
    assert.equal(first.aliases.totalCount, 2);
    assert.equal(first.aliases.nodes.length, 1);
    assert.equal(first.aliases.pageInfo.hasNextPage, true);
    const second = await snapshot({ at, first: 1, after: first.aliases.pageInfo.endCursor });
    assert.equal(second.aliases.pageInfo.hasNextPage, false);
    assert.deepEqual([...pointers(first), ...pointers(second)].sort(), ["snap-other:live=v1", "snap-scorer:live=v2"]);
  });

  test("bad input is refused with the field named; ids of another organisation are NOT_FOUND; anonymous callers are refused", async () => {
    const a = api();
    const at = "2026-03-05T00:00:00.000Z";
    const badAt = await a.gql(SNAPSHOT, { at: "not a date" });
    assert.deepEqual(codes(badAt), ["VALIDATION"]);
    assert.match(badAt.errors![0]!.message, /\$at/);
    const badPage = await a.gql(SNAPSHOT, { at, first: 0 });
    assert.deepEqual([codes(badPage)[0], badPage.errors![0]!.extensions!.field], ["VALIDATION", "first"]);
    const badCursor = await a.gql(SNAPSHOT, { at, after: "bm90LWEtY3Vyc29y" });
    assert.deepEqual([codes(badCursor)[0], badCursor.errors![0]!.extensions!.field], ["VALIDATION", "after"]);
    assert.deepEqual(codes(await a.gql(SNAPSHOT, { at, model: "no-such-model" })), ["NOT_FOUND"]);

    const b = a.orgB.tokens.ADMIN;
    assert.deepEqual(codes(await a.gql(SNAPSHOT, { at, model: w.scorer.modelId }, b)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(SNAPSHOT, { at, system: w.system }, b)), ["NOT_FOUND"]);
    const seenByB = (await a.ok(SNAPSHOT, { at: "2999-01-01T00:00:00Z" }, b)).productionSnapshot;
    assert.deepEqual([seenByB.aliases.totalCount, seenByB.deployments.totalCount], [0, 0], "org B sees none of org A's history");

    assert.deepEqual(codes(await a.gql(SNAPSHOT, { at }, null)), ["UNAUTHENTICATED"]);
  });
});
