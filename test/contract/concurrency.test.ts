import assert from "node:assert/strict";
import { test } from "node:test";
import { describeContract } from "../support/contract";

const REGISTER = `mutation($i: RegisterModelVersionInput!) { registerModelVersion(input: $i) { id number } }`;
const digest = (n: number) => n.toString(16).padStart(64, "0");
const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describeContract("concurrency: atomic version numbers", (api) => {
  test("32 concurrent registrations on one model get exactly the next 32 numbers, and the audit chain stays valid", async () => {
    const a = api();
    const { createModel: m } = await a.ok(`mutation { createModel(input: { name: "hot-model", kind: LLM }) { id } }`);
    for (const n of [1, 2, 3]) await a.ok(REGISTER, { i: { modelId: m.id, artifactUri: `s3://hot/${n}`, artifactDigest: digest(n) } });
    const before = await a.ok(`query($id: ID!) { model(id: $id) { latestVersionNumber } verifyAuditChain { eventCount valid } }`, { id: m.id });
    const n0 = before.model.latestVersionNumber;
    assert.equal(n0, 3);

    const results = await Promise.all(
      range(1, 32).map((i) =>
        a.gql(
          REGISTER,
          { i: { modelId: m.id, artifactUri: `s3://hot/concurrent/${i}`, artifactDigest: digest(1000 + i) } },
          i % 2 ? a.orgA.tokens.CONTRIBUTOR : a.orgA.tokens.ADMIN,
        ),
      ),
    );
    const errors = results.flatMap((r) => r.errors ?? []);
    assert.deepEqual(errors, [], "no registration fails");
    const numbers = results.map((r) => r.data.registerModelVersion.number).sort((x: number, y: number) => x - y);
    assert.deepEqual(numbers, range(n0 + 1, 32), "no gap, no duplicate");

    const after = await a.ok(
      `query($id: ID!) { model(id: $id) { latestVersionNumber latestVersion { number } }
      modelVersions(filter: { modelId: $id }, first: 100, orderBy: { field: NUMBER, direction: ASC }) { totalCount nodes { number } }
      verifyAuditChain { eventCount valid } }`,
      { id: m.id },
    );
    assert.equal(after.model.latestVersionNumber, n0 + 32);
    assert.equal(after.model.latestVersion.number, n0 + 32, "latestVersion points at the highest number");
    assert.deepEqual(
      after.modelVersions.nodes.map((n: any) => n.number),
      range(1, n0 + 32),
    );
    assert.equal(after.verifyAuditChain.valid, true);
    assert.equal(after.verifyAuditChain.eventCount, before.verifyAuditChain.eventCount + 32, "one audit event per registration");
  });

  test("concurrent dataset versions and registrations on several models interleave without gaps", async () => {
    const a = api();
    const { createDataset: ds } = await a.ok(`mutation { createDataset(input: { name: "hot-data" }) { id } }`);
    const models = await Promise.all(
      ["m-one", "m-two"].map(
        async (name) =>
          (await a.ok(`mutation($n: String!) { createModel(input: { name: $n, kind: CLASSIFIER }) { id } }`, { n: name })).createModel.id as string,
      ),
    );
    const work = [
      ...range(1, 12).map((i) =>
        a.gql(`mutation($d: ID!, $u: String!) { createDatasetVersion(input: { datasetId: $d, uri: $u }) { number } }`, { d: ds.id, u: `s3://hot-data/${i}` }),
      ),
      ...range(1, 20).map((i) => a.gql(REGISTER, { i: { modelId: models[i % 2], artifactUri: `s3://mix/${i}`, artifactDigest: digest(i) } })),
    ];
    const results = await Promise.all(work);
    assert.deepEqual(
      results.flatMap((r) => r.errors ?? []),
      [],
    );
    const datasetNumbers = results
      .slice(0, 12)
      .map((r) => r.data.createDatasetVersion.number)
      .sort((x: number, y: number) => x - y);
    assert.deepEqual(datasetNumbers, range(1, 12));
    for (const [index, modelId] of models.entries()) {
      const numbers = results
        .slice(12)
        .filter((_, i) => (i + 1) % 2 === index)
        .map((r) => r.data.registerModelVersion.number)
        .sort((x: number, y: number) => x - y);
      assert.deepEqual(numbers, range(1, 10), `model ${modelId}`);
    }
    assert.equal((await a.ok(`{ verifyAuditChain { valid } }`)).verifyAuditChain.valid, true);
  });
});
