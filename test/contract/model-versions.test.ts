import assert from "node:assert/strict";
import { test } from "node:test";
import { codes, describeContract } from "../support/contract";
import { decide, request } from "../support/fixtures/approvals";
import { person } from "../support/fixtures/people";
import { system } from "../support/fixtures/registry";

const MODEL = `mutation($name: String!) { createModel(input: { name: $name, kind: CLASSIFIER }) { id } }`;
const DATASET = `mutation($name: String!) { createDataset(input: { name: $name }) { id } }`;
const DATASET_VERSION = `mutation($id: ID!) { createDatasetVersion(input: { datasetId: $id, uri: "s3://data/train.parquet" }) { id } }`;
const REGISTER = `mutation($i: RegisterModelVersionInput!) { registerModelVersion(input: $i) {
  id number stage modelId artifactUri artifactDigest artifactSize format sourceCommit runId runUrl hyperparameters description
  parentVersionId parentRelation tags lineage { role datasetVersionId datasetVersion { id number } } parent { id number } model { id latestVersionNumber }
} }`;
const UPDATE = `mutation($id: ID!, $i: UpdateModelVersionInput!) { updateModelVersion(id: $id, input: $i) { id description tags artifactDigest } }`;
const COUNT = `{ modelVersions { totalCount } verifyAuditChain { eventCount } }`;
const digest = (n: number) => n.toString(16).padStart(64, "0");

describeContract("model versions", (api) => {
  test("register versions with provenance, lineage, parent and tags; numbers 1, 2, 3; read, filter and order", async () => {
    const a = api();
    const { createModel: m } = await a.ok(MODEL, { name: "churn" });
    const { createDataset: ds } = await a.ok(DATASET, { name: "customers" });
    const { createDatasetVersion: train } = await a.ok(DATASET_VERSION, { id: ds.id });
    const { createDatasetVersion: test2 } = await a.ok(DATASET_VERSION, { id: ds.id });

    const v1 = (
      await a.ok(REGISTER, {
        i: {
          modelId: m.id,
          artifactUri: "s3://models/churn/1/model.onnx",
          artifactDigest: `sha256:${"AB".repeat(32)}`,
          artifactSize: 5_000_000_000,
          format: "onnx",
          sourceCommit: "a1b2c3d",
          runId: "run-17",
          runUrl: "https://mlflow.example/runs/17",
          hyperparameters: { lr: 0.01, layers: [64, 32] },
          description: "Baseline",
          tags: ["baseline", "exp-1"],
          lineage: [
            { datasetVersionId: train.id, role: "TRAINING" },
            { datasetVersionId: test2.id, role: "TEST" },
          ],
        },
      })
    ).registerModelVersion;
    assert.equal(v1.number, 1);
    assert.equal(v1.stage, "DEVELOPMENT");
    assert.equal(v1.artifactDigest, "ab".repeat(32), "digest normalised: prefix dropped, lower case");
    assert.equal(v1.artifactSize, 5_000_000_000, "sizes above 32 bits survive");
    assert.deepEqual(v1.hyperparameters, { lr: 0.01, layers: [64, 32] });
    assert.deepEqual(v1.tags, ["baseline", "exp-1"]);
    assert.deepEqual(v1.lineage.map((l: any) => [l.role, l.datasetVersionId, l.datasetVersion.number]).sort(), [
      ["TEST", test2.id, 2],
      ["TRAINING", train.id, 1],
    ]);
    assert.equal(v1.parent, null);
    assert.equal(v1.model.latestVersionNumber, 1);

    const v2 = (
      await a.ok(REGISTER, {
        i: {
          modelId: m.id,
          artifactUri: "s3://models/churn/2",
          artifactDigest: digest(2),
          parentVersionId: v1.id,
          parentRelation: "FINE_TUNED",
          tags: ["exp-1"],
        },
      })
    ).registerModelVersion;
    assert.equal(v2.number, 2);
    assert.deepEqual(v2.parent, { id: v1.id, number: 1 });
    assert.equal(v2.parentRelation, "FINE_TUNED");
    assert.equal(v2.artifactSize, null);
    assert.deepEqual(v2.hyperparameters, {});
    const v3 = (
      await a.ok(REGISTER, {
        i: {
          modelId: m.id,
          artifactUri: "s3://models/churn/3",
          artifactDigest: digest(3),
          format: "gguf",
          description: "Quantised for edge",
          parentVersionId: v2.id,
          parentRelation: "QUANTISED",
        },
      })
    ).registerModelVersion;
    assert.equal(v3.number, 3);

    const model = await a.ok(`query($id: ID!) { model(id: $id) { latestVersionNumber latestVersion { id number } } }`, { id: m.id });
    assert.deepEqual(model.model, { latestVersionNumber: 3, latestVersion: { id: v3.id, number: 3 } });
    const got = await a.ok(`query($id: ID!) { modelVersion(id: $id) { number runUrl sourceCommit model { id } } }`, { id: v1.id });
    assert.deepEqual(got.modelVersion, { number: 1, runUrl: "https://mlflow.example/runs/17", sourceCommit: "a1b2c3d", model: { id: m.id } });

    const { createModel: other } = await a.ok(MODEL, { name: "churn-other" });
    await a.ok(REGISTER, { i: { modelId: other.id, artifactUri: "s3://models/other/1", artifactDigest: digest(9), tags: ["exp-1"] } });

    const numbers = async (vars: Record<string, unknown>) =>
      (
        await a.ok(`query($f: ModelVersionFilter, $o: ModelVersionOrder) { modelVersions(filter: $f, orderBy: $o) { totalCount nodes { number } } }`, vars)
      ).modelVersions.nodes.map((n: any) => n.number);
    assert.deepEqual(await numbers({ f: { modelId: m.id }, o: { field: "NUMBER", direction: "ASC" } }), [1, 2, 3]);
    assert.deepEqual(await numbers({ f: { modelId: m.id }, o: { field: "NUMBER", direction: "DESC" } }), [3, 2, 1]);
    assert.deepEqual(await numbers({ f: { modelId: m.id } }), [3, 2, 1], "newest first by default");
    assert.deepEqual(await numbers({ f: { modelId: m.id, tag: "exp-1" }, o: { field: "NUMBER", direction: "ASC" } }), [1, 2]);
    assert.deepEqual(await numbers({ f: { modelId: m.id, search: "QUANTISED" } }), [3]);
    assert.deepEqual(await numbers({ f: { modelId: m.id, search: "run-17" } }), [1]);
    assert.deepEqual(await numbers({ f: { modelId: m.id, stage: "DEVELOPMENT" } }), [3, 2, 1]);
    assert.deepEqual(await numbers({ f: { modelId: m.id, stage: "PRODUCTION" } }), []);

    const byTag = await a.ok(
      `{ modelVersionsByTag(tag: "exp-1", first: 2) { totalCount nodes { number model { name } } pageInfo { hasNextPage endCursor } } }`,
    );
    assert.equal(byTag.modelVersionsByTag.totalCount, 3, "across models");
    assert.deepEqual(
      byTag.modelVersionsByTag.nodes.map((n: any) => n.model.name),
      ["churn-other", "churn"],
    );
    const byTag2 = await a.ok(
      `query($after: String) { modelVersionsByTag(tag: "exp-1", first: 2, after: $after) { nodes { number model { name } } pageInfo { hasNextPage } } }`,
      { after: byTag.modelVersionsByTag.pageInfo.endCursor },
    );
    assert.deepEqual(byTag2.modelVersionsByTag.nodes, [{ number: 1, model: { name: "churn" } }]);
    assert.equal(byTag2.modelVersionsByTag.pageInfo.hasNextPage, false);

    const audit = await a.ok(`query($id: String) { auditEvents(filter: { subjectId: $id }) { nodes { action after } } }`, { id: v1.id });
    assert.equal(audit.auditEvents.nodes[0].action, "modelVersion.register");
    assert.equal(audit.auditEvents.nodes[0].after.lineage.length, 2);
    assert.equal(audit.auditEvents.nodes[0].after.artifactSize, "5000000000");
  });

  test("bad input: malformed digest, bad URIs, sizes, parents, lineage (also cross-organisation) — coded errors naming the field, nothing written", async () => {
    const a = api();
    const { createModel: m } = await a.ok(MODEL, { name: "bad-input" });
    const { createModel: sibling } = await a.ok(MODEL, { name: "bad-input-sibling" });
    const { createDataset: bds } = await a.ok(DATASET, { name: "b-data" }, a.orgB.tokens.ADMIN);
    const { createDatasetVersion: foreignDv } = await a.ok(DATASET_VERSION, { id: bds.id }, a.orgB.tokens.ADMIN);
    const { createModel: bm } = await a.ok(MODEL, { name: "b-model" }, a.orgB.tokens.ADMIN);
    const { registerModelVersion: foreignVersion } = await a.ok(
      `mutation($i: RegisterModelVersionInput!) { registerModelVersion(input: $i) { id } }`,
      { i: { modelId: bm.id, artifactUri: "s3://b/1", artifactDigest: digest(1) } },
      a.orgB.tokens.ADMIN,
    );
    const { registerModelVersion: siblingVersion } = await a.ok(`mutation($i: RegisterModelVersionInput!) { registerModelVersion(input: $i) { id } }`, {
      i: { modelId: sibling.id, artifactUri: "s3://s/1", artifactDigest: digest(1) },
    });
    const { createDataset: ds } = await a.ok(DATASET, { name: "bad-input-data" });
    const { createDatasetVersion: dv } = await a.ok(DATASET_VERSION, { id: ds.id });
    const before = await a.ok(COUNT);
    const base = { modelId: m.id, artifactUri: "s3://models/x", artifactDigest: digest(1) };
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ artifactDigest: "abc123" }, "artifactDigest"],
      [{ artifactDigest: "z".repeat(64) }, "artifactDigest"],
      [{ artifactDigest: `md5:${digest(1)}` }, "artifactDigest"],
      [{ artifactDigest: "" }, "artifactDigest"],
      [{ artifactUri: "not a uri" }, "artifactUri"],
      [{ artifactUri: "" }, "artifactUri"],
      [{ artifactUri: `s3://b/${"x".repeat(2100)}` }, "artifactUri"],
      [{ artifactSize: -1 }, "artifactSize"],
      [{ artifactSize: 1.5 }, "artifactSize"],
      [{ runUrl: "nope" }, "runUrl"],
      [{ format: "x".repeat(101) }, "format"],
      [{ hyperparameters: [1, 2] }, "hyperparameters"],
      [{ hyperparameters: "lr=1" }, "hyperparameters"],
      [{ tags: ["bad tag"] }, "tags"],
      [{ parentVersionId: siblingVersion.id }, "parentRelation"],
      [{ parentRelation: "FINE_TUNED" }, "parentVersionId"],
      [{ parentVersionId: "no-such-version", parentRelation: "FINE_TUNED" }, "parentVersionId"],
      [{ parentVersionId: foreignVersion.id, parentRelation: "FINE_TUNED" }, "parentVersionId"],
      [{ lineage: [{ datasetVersionId: "no-such", role: "TRAINING" }] }, "lineage.0.datasetVersionId"],
      [
        {
          lineage: [
            { datasetVersionId: dv.id, role: "TRAINING" },
            { datasetVersionId: foreignDv.id, role: "TEST" },
          ],
        },
        "lineage.1.datasetVersionId",
      ],
      [
        {
          lineage: [
            { datasetVersionId: dv.id, role: "TRAINING" },
            { datasetVersionId: dv.id, role: "TRAINING" },
          ],
        },
        "lineage.1",
      ],
      [{ lineage: [{ datasetVersionId: dv.id, role: "SCORING" }] }, ""],
      [{ parentRelation: "FORKED", parentVersionId: siblingVersion.id }, ""],
      [{ modelId: "no-such-model" }, "", "NOT_FOUND"],
      [{ modelId: bm.id }, "", "NOT_FOUND"],
    ];
    for (const [patch, field, code = "VALIDATION"] of cases) {
      const res = await a.gql(REGISTER, { i: { ...base, ...patch } });
      assert.deepEqual(codes(res), [code], JSON.stringify(patch));
      if (field) assert.equal(res.errors![0]!.extensions!.field, field, JSON.stringify(patch));
    }
    const missing = await a.gql(`mutation($m: ID!) { registerModelVersion(input: { modelId: $m, artifactUri: "s3://x" }) { id } }`, { m: m.id });
    assert.deepEqual(codes(missing), ["VALIDATION"], "GraphQL's own refusal, named like core's");
    assert.equal(missing.errors![0]!.extensions!.field, "artifactDigest");
    assert.deepEqual(await a.ok(COUNT), before);
    const model = await a.ok(`query($id: ID!) { model(id: $id) { latestVersionNumber latestVersion { id } } }`, { id: m.id });
    assert.deepEqual(model.model, { latestVersionNumber: 0, latestVersion: null }, "failed registrations consume no number");
    const next = await a.ok(REGISTER, { i: base });
    assert.equal(next.registerModelVersion.number, 1);
  });

  test("immutability: artifact, digest and lineage never change; an approved version cannot change at all", async () => {
    const a = api();
    const { createModel: m } = await a.ok(MODEL, { name: "immutable" });
    const { createDataset: ds } = await a.ok(DATASET, { name: "immutable-data" });
    const { createDatasetVersion: dv } = await a.ok(DATASET_VERSION, { id: ds.id });
    const { registerModelVersion: v } = await a.ok(REGISTER, {
      i: { modelId: m.id, artifactUri: "s3://m/1", artifactDigest: digest(7), tags: ["a"], lineage: [{ datasetVersionId: dv.id, role: "TRAINING" }] },
    });
    const before = await a.ok(COUNT);
    for (const forbidden of [`artifactDigest: "${digest(8)}"`, `artifactUri: "s3://m/other"`, `lineage: []`, `parentVersionId: "${v.id}"`]) {
      const res = await a.gql(`mutation($id: ID!) { updateModelVersion(id: $id, input: { ${forbidden} }) { id } }`, { id: v.id });
      assert.deepEqual(codes(res), ["VALIDATION"], forbidden);
      assert.equal(res.errors![0]!.extensions!.field, forbidden.split(":")[0], "the update input has no such field");
    }
    assert.deepEqual(await a.ok(COUNT), before);

    const updated = await a.ok(UPDATE, { id: v.id, i: { description: "Notes added later", tags: ["a", "reviewed"] } });
    assert.deepEqual(updated.updateModelVersion, { id: v.id, description: "Notes added later", tags: ["a", "reviewed"], artifactDigest: digest(7) });
    const read = await a.ok(`query($id: ID!) { modelVersion(id: $id) { artifactUri artifactDigest lineage { role datasetVersionId } } }`, { id: v.id });
    assert.deepEqual(read.modelVersion, { artifactUri: "s3://m/1", artifactDigest: digest(7), lineage: [{ role: "TRAINING", datasetVersionId: dv.id }] });

    // Approved the governed way: a classified system, a request by one person, a vote by another.
    const sys = await system(a, "MINIMAL");
    await a.ok(`mutation($id: ID!, $s: ID) { updateModel(id: $id, input: { systemId: $s }) { id } }`, { id: m.id, s: sys });
    const approver = await person(a, "APPROVER");
    const r = (await request(a, { modelVersionId: v.id, targetStage: "STAGING" }, a.orgA.tokens.CONTRIBUTOR)).data.requestApproval;
    assert.equal((await decide(a, r.id, "APPROVE", approver.token)).data.decideApproval.request.status, "APPROVED");
    const before2 = await a.ok(COUNT);
    const refused = await a.gql(UPDATE, { id: v.id, i: { description: "after approval" } });
    assert.deepEqual(codes(refused), ["CONFLICT"]);
    const refusedTags = await a.gql(UPDATE, { id: v.id, i: { tags: [] } });
    assert.deepEqual(codes(refusedTags), ["CONFLICT"]);
    assert.deepEqual(await a.ok(COUNT), before2);
    const unchanged = await a.ok(`query($id: ID!) { modelVersion(id: $id) { description tags approvedAt } }`, { id: v.id });
    assert.equal(unchanged.modelVersion.description, "Notes added later");
    assert.deepEqual(unchanged.modelVersion.tags, ["a", "reviewed"]);
    assert.ok(unchanged.modelVersion.approvedAt);
  });

  test("archive: stage ARCHIVED with its time, audited once; not twice; not while an alias points to it", async () => {
    const a = api();
    const { createModel: m } = await a.ok(MODEL, { name: "archive-me" });
    const reg = (n: number) => a.ok(REGISTER, { i: { modelId: m.id, artifactUri: `s3://m/${n}`, artifactDigest: digest(n) } });
    const { registerModelVersion: v1 } = await reg(1);
    const { registerModelVersion: v2 } = await reg(2);
    const before = await a.ok(COUNT);
    const archived = await a.ok(`mutation($id: ID!) { archiveModelVersion(id: $id) { stage archivedAt } }`, { id: v1.id });
    assert.equal(archived.archiveModelVersion.stage, "ARCHIVED");
    assert.ok(archived.archiveModelVersion.archivedAt);
    const after = await a.ok(COUNT);
    assert.equal(after.verifyAuditChain.eventCount, before.verifyAuditChain.eventCount + 1);
    const events = await a.ok(
      `query($id: String) { auditEvents(filter: { subjectId: $id, action: "modelVersion.archive" }) { totalCount nodes { before after } } }`,
      { id: v1.id },
    );
    assert.equal(events.auditEvents.totalCount, 1);
    assert.equal(events.auditEvents.nodes[0].before.stage, "DEVELOPMENT");
    assert.equal(events.auditEvents.nodes[0].after.stage, "ARCHIVED");
    assert.deepEqual(codes(await a.gql(`mutation($id: ID!) { archiveModelVersion(id: $id) { id } }`, { id: v1.id })), ["CONFLICT"]);
    const archivedList = await a.ok(`query($m: ID) { modelVersions(filter: { modelId: $m, stage: ARCHIVED }) { nodes { id } } }`, { m: m.id });
    assert.deepEqual(archivedList.modelVersions.nodes, [{ id: v1.id }]);

    await a.ok(`mutation($m: ID!, $v: ID!) { setAlias(input: { modelId: $m, name: "candidate", versionId: $v }) { id } }`, { m: m.id, v: v2.id });
    const before2 = await a.ok(COUNT);
    const refused = await a.gql(`mutation($id: ID!) { archiveModelVersion(id: $id) { id } }`, { id: v2.id });
    assert.deepEqual(codes(refused), ["CONFLICT"]);
    assert.match(refused.errors![0]!.message, /candidate/);
    assert.deepEqual(await a.ok(COUNT), before2);
  });

  test("isolation: another organisation cannot read, list, change, archive or register versions of the models", async () => {
    const a = api();
    const { createModel: m } = await a.ok(MODEL, { name: "a-private" });
    const { registerModelVersion: v } = await a.ok(REGISTER, { i: { modelId: m.id, artifactUri: "s3://a/1", artifactDigest: digest(1), tags: ["a-only"] } });
    const b = a.orgB.tokens.ADMIN;
    assert.deepEqual(codes(await a.gql(`query($id: ID!) { modelVersion(id: $id) { id } }`, { id: v.id }, b)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(UPDATE, { id: v.id, i: { description: "x" } }, b)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(`mutation($id: ID!) { archiveModelVersion(id: $id) { id } }`, { id: v.id }, b)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(REGISTER, { i: { modelId: m.id, artifactUri: "s3://b/1", artifactDigest: digest(2) } }, b)), ["NOT_FOUND"]);
    const lists = await a.ok(
      `query($m: ID) { modelVersions(filter: { modelId: $m }) { totalCount } modelVersionsByTag(tag: "a-only") { totalCount } }`,
      { m: m.id },
      b,
    );
    assert.deepEqual(lists, { modelVersions: { totalCount: 0 }, modelVersionsByTag: { totalCount: 0 } });
    const still = await a.ok(`query($id: ID!) { modelVersion(id: $id) { description stage model { latestVersionNumber } } }`, { id: v.id });
    assert.deepEqual(still.modelVersion, { description: null, stage: "DEVELOPMENT", model: { latestVersionNumber: 1 } });
  });

  test("roles: viewers and auditors cannot register, update or archive", async () => {
    const a = api();
    const { createModel: m } = await a.ok(MODEL, { name: "roles-versions" });
    const { registerModelVersion: v } = await a.ok(
      REGISTER,
      { i: { modelId: m.id, artifactUri: "s3://r/1", artifactDigest: digest(1) } },
      a.orgA.tokens.CONTRIBUTOR,
    );
    assert.equal(v.number, 1);
    for (const role of ["VIEWER", "AUDITOR"] as const) {
      const token = a.orgA.tokens[role];
      assert.deepEqual(codes(await a.gql(REGISTER, { i: { modelId: m.id, artifactUri: "s3://r/2", artifactDigest: digest(2) } }, token)), ["FORBIDDEN"]);
      assert.deepEqual(codes(await a.gql(UPDATE, { id: v.id, i: { description: "x" } }, token)), ["FORBIDDEN"]);
      assert.deepEqual(codes(await a.gql(`mutation($id: ID!) { archiveModelVersion(id: $id) { id } }`, { id: v.id }, token)), ["FORBIDDEN"]);
      const read = await a.ok(`query($id: ID!) { modelVersion(id: $id) { number } }`, { id: v.id }, token);
      assert.equal(read.modelVersion.number, 1);
    }
  });
});
