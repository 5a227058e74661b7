import assert from "node:assert/strict";
import { test } from "node:test";
import { codes, describeContract, type TestApi } from "../support/contract";

const SET = `mutation($i: SetAliasInput!) { setAlias(input: $i) { id name modelId versionId protected version { id number } model { name } } }`;
const DELETE = `mutation($m: ID!, $n: String!, $r: String) { deleteAlias(modelId: $m, name: $n, reason: $r) { id name versionId } }`;
const RESOLVE_BY_NAME = `query($model: String!, $alias: String!) { modelVersionByAlias(modelName: $model, alias: $alias) { id number artifactUri } }`;
const RESOLVE_BY_ID = `query($model: ID!, $alias: String!) { modelVersionByAlias(modelId: $model, alias: $alias) { id number } }`;
const HISTORY = `query($m: ID!, $n: String!, $first: Int, $after: String) { aliasHistory(modelId: $m, name: $n, first: $first, after: $after) {
  totalCount nodes { name fromVersionId toVersionId reason actorId movedAt fromVersion { number } toVersion { number } } pageInfo { hasNextPage endCursor } } }`;
const COUNT = `{ verifyAuditChain { eventCount } }`;

async function modelWithVersions(a: TestApi, name: string, count: number, token?: string) {
  const { createModel: m } = await a.ok(`mutation($n: String!) { createModel(input: { name: $n, kind: LLM }) { id } }`, { n: name }, token);
  const versions: { id: string; number: number }[] = [];
  for (let i = 1; i <= count; i++) {
    const { registerModelVersion: v } = await a.ok(
      `mutation($i: RegisterModelVersionInput!) { registerModelVersion(input: $i) { id number } }`,
      { i: { modelId: m.id, artifactUri: `s3://${name}/${i}`, artifactDigest: i.toString(16).padStart(64, "0") } },
      token,
    );
    versions.push(v);
  }
  return { model: m as { id: string }, versions };
}

describeContract("aliases", (api) => {
  test("set, move, point back and delete an alias; each writes history and one audit event; pipelines resolve it", async () => {
    const a = api();
    const {
      model,
      versions: [v1, v2, v3],
    } = await modelWithVersions(a, "ranker", 3);
    const before = (await a.ok(COUNT)).verifyAuditChain.eventCount;

    const created = (await a.ok(SET, { i: { modelId: model.id, name: "candidate", versionId: v1!.id, reason: "first release" } })).setAlias;
    assert.deepEqual(
      { ...created, id: undefined },
      {
        id: undefined,
        name: "candidate",
        modelId: model.id,
        versionId: v1!.id,
        protected: false,
        version: { id: v1!.id, number: 1 },
        model: { name: "ranker" },
      },
    );
    const resolved = await a.ok(RESOLVE_BY_NAME, { model: "ranker", alias: "candidate" }, a.orgA.tokens.VIEWER);
    assert.deepEqual(resolved.modelVersionByAlias, { id: v1!.id, number: 1, artifactUri: "s3://ranker/1" });

    const moved = (await a.ok(SET, { i: { modelId: model.id, name: "candidate", versionId: v3!.id, reason: "v3 passed evaluation" } })).setAlias;
    assert.equal(moved.id, created.id, "a move keeps the alias");
    assert.equal(moved.version.number, 3);
    assert.equal((await a.ok(RESOLVE_BY_ID, { model: model.id, alias: "candidate" })).modelVersionByAlias.number, 3);
    assert.deepEqual(codes(await a.gql(SET, { i: { modelId: model.id, name: "candidate", versionId: v3!.id } })), ["CONFLICT"], "already there");

    const back = (await a.ok(SET, { i: { modelId: model.id, name: "candidate", versionId: v1!.id, reason: "back: latency regression" } })).setAlias;
    assert.equal(back.version.number, 1);
    await a.ok(SET, { i: { modelId: model.id, name: "champion", versionId: v2!.id } });

    const listed = await a.ok(
      `query($m: ID!) { aliases(modelId: $m) { totalCount nodes { name protected version { number } } } model(id: $m) { aliases { name versionId } } }`,
      { m: model.id },
    );
    assert.deepEqual(listed.aliases.nodes, [
      { name: "candidate", protected: false, version: { number: 1 } },
      { name: "champion", protected: false, version: { number: 2 } },
    ]);
    assert.deepEqual(listed.model.aliases, [
      { name: "candidate", versionId: v1!.id },
      { name: "champion", versionId: v2!.id },
    ]);

    const deleted = (await a.ok(DELETE, { m: model.id, n: "candidate", r: "service retired" })).deleteAlias;
    assert.equal(deleted.versionId, v1!.id);
    assert.deepEqual(codes(await a.gql(RESOLVE_BY_NAME, { model: "ranker", alias: "candidate" })), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(DELETE, { m: model.id, n: "candidate" })), ["NOT_FOUND"]);

    const viewer = await a.ok(`{ viewer { userId } }`);
    const history = (await a.ok(HISTORY, { m: model.id, n: "candidate" })).aliasHistory;
    assert.equal(history.totalCount, 4, "history survives the deletion");
    assert.deepEqual(
      history.nodes.map((h: any) => [h.fromVersion?.number ?? null, h.toVersion?.number ?? null, h.reason]),
      [
        [1, null, "service retired"],
        [3, 1, "back: latency regression"],
        [1, 3, "v3 passed evaluation"],
        [null, 1, "first release"],
      ],
    );
    assert.ok(
      history.nodes.every((h: any) => h.actorId === viewer.viewer.userId && h.movedAt),
      "the person who moved it",
    );
    const page = (await a.ok(HISTORY, { m: model.id, n: "candidate", first: 3 })).aliasHistory;
    assert.equal(page.pageInfo.hasNextPage, true);
    const page2 = (await a.ok(HISTORY, { m: model.id, n: "candidate", first: 3, after: page.pageInfo.endCursor })).aliasHistory;
    assert.deepEqual(
      page2.nodes.map((h: any) => h.reason),
      ["first release"],
    );

    const after = (await a.ok(COUNT)).verifyAuditChain.eventCount;
    assert.equal(after, before + 5, "one audit event per set, move and delete");
    const actions = await a.ok(`{ auditEvents(filter: { from: "2000-01-01T00:00:00Z" }, first: 5) { nodes { action subjectType } } }`);
    assert.deepEqual(
      actions.auditEvents.nodes.map((e: any) => e.action),
      ["alias.delete", "alias.create", "alias.move", "alias.move", "alias.create"],
    );
    assert.ok(actions.auditEvents.nodes.every((e: any) => e.subjectType === "Alias"));
  });

  test("bad input: names, versions of another model, archived versions, unknown ids — coded errors and nothing written", async () => {
    const a = api();
    const {
      model,
      versions: [v1, v2],
    } = await modelWithVersions(a, "alias-checks", 2);
    const {
      versions: [otherV],
    } = await modelWithVersions(a, "alias-checks-other", 1);
    await a.ok(`mutation($id: ID!) { archiveModelVersion(id: $id) { id } }`, { id: v2!.id });
    const before = await a.ok(COUNT);
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ name: "Production" }, "name"],
      [{ name: "" }, "name"],
      [{ name: "has space" }, "name"],
      [{ name: "x".repeat(101) }, "name"],
      [{ versionId: otherV!.id }, "versionId"],
      [{ versionId: "no-such-version" }, "versionId"],
      [{ reason: "r".repeat(2001) }, "reason"],
      [{ versionId: v2!.id }, "", "CONFLICT"],
      [{ modelId: "no-such-model" }, "", "NOT_FOUND"],
    ];
    for (const [patch, field, code = "VALIDATION"] of cases) {
      const res = await a.gql(SET, { i: { modelId: model.id, name: "candidate", versionId: v1!.id, ...patch } });
      assert.deepEqual(codes(res), [code], JSON.stringify(patch));
      if (field) assert.equal(res.errors![0]!.extensions!.field, field, JSON.stringify(patch));
    }
    assert.deepEqual(codes(await a.gql(SET, { i: { modelId: model.id, name: "candidate" } })), ["VALIDATION"], "versionId is required");
    const both = await a.gql(`query($m: ID!) { modelVersionByAlias(modelId: $m, modelName: "alias-checks", alias: "candidate") { id } }`, { m: model.id });
    assert.deepEqual(codes(both), ["VALIDATION"]);
    const neither = await a.gql(`{ modelVersionByAlias(alias: "candidate") { id } }`);
    assert.deepEqual(codes(neither), ["VALIDATION"]);
    assert.deepEqual(codes(await a.gql(RESOLVE_BY_NAME, { model: "no-such-model", alias: "candidate" })), ["NOT_FOUND"]);
    assert.deepEqual(await a.ok(COUNT), before);
    const none = await a.ok(HISTORY, { m: model.id, n: "candidate" });
    assert.equal(none.aliasHistory.totalCount, 0);
  });

  test("isolation: another organisation cannot resolve, list, move, delete or target the aliases", async () => {
    const a = api();
    const b = a.orgB.tokens.ADMIN;
    const {
      model,
      versions: [v1],
    } = await modelWithVersions(a, "shared-name", 1);
    await a.ok(SET, { i: { modelId: model.id, name: "candidate", versionId: v1!.id } });
    const {
      model: bModel,
      versions: [bv1],
    } = await modelWithVersions(a, "shared-name", 1, b);

    assert.deepEqual(
      codes(await a.gql(RESOLVE_BY_NAME, { model: "shared-name", alias: "candidate" }, b)),
      ["NOT_FOUND"],
      "org B's model of the same name has no such alias",
    );
    assert.deepEqual(codes(await a.gql(RESOLVE_BY_ID, { model: model.id, alias: "candidate" }, b)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(`query($m: ID!) { aliases(modelId: $m) { totalCount } }`, { m: model.id }, b)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(HISTORY, { m: model.id, n: "candidate" }, b)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(SET, { i: { modelId: model.id, name: "candidate", versionId: bv1!.id } }, b)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(DELETE, { m: model.id, n: "candidate" }, b)), ["NOT_FOUND"]);
    const cross = await a.gql(SET, { i: { modelId: bModel.id, name: "candidate", versionId: v1!.id } }, b);
    assert.deepEqual(codes(cross), ["VALIDATION"]);
    assert.equal(cross.errors![0]!.extensions!.field, "versionId");

    const still = await a.ok(RESOLVE_BY_NAME, { model: "shared-name", alias: "candidate" });
    assert.equal(still.modelVersionByAlias.id, v1!.id);
    assert.equal((await a.ok(HISTORY, { m: model.id, n: "candidate" })).aliasHistory.totalCount, 1);
  });

  test("roles: viewers and auditors resolve aliases but cannot set or delete them", async () => {
    const a = api();
    const {
      model,
      versions: [v1],
    } = await modelWithVersions(a, "alias-roles", 1);
    await a.ok(SET, { i: { modelId: model.id, name: "staging", versionId: v1!.id } }, a.orgA.tokens.CONTRIBUTOR);
    for (const role of ["VIEWER", "AUDITOR"] as const) {
      const token = a.orgA.tokens[role];
      assert.deepEqual(codes(await a.gql(SET, { i: { modelId: model.id, name: "candidate", versionId: v1!.id } }, token)), ["FORBIDDEN"]);
      assert.deepEqual(codes(await a.gql(DELETE, { m: model.id, n: "staging" }, token)), ["FORBIDDEN"]);
      assert.equal((await a.ok(RESOLVE_BY_ID, { model: model.id, alias: "staging" }, token)).modelVersionByAlias.number, 1);
    }
  });
});
