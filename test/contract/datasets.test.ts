import assert from "node:assert/strict";
import { test } from "node:test";
import { codes, describeContract } from "../support/contract";

const CREATE = `mutation($i: CreateDatasetInput!) { createDataset(input: $i) { id name source licence ownerId classification containsPersonalData containsSpecialCategoryData knownBiases latestVersionNumber } }`;
const UPDATE = `mutation($id: ID!, $i: DatasetFieldsInput!) { updateDataset(id: $id, input: $i) { id name classification containsPersonalData licence } }`;
const VERSION = `mutation($i: CreateDatasetVersionInput!) { createDatasetVersion(input: $i) { id number uri digest rowCount collectionStart collectionEnd description datasetId dataset { name latestVersionNumber } } }`;
const COUNT = `{ datasets { totalCount } verifyAuditChain { eventCount } }`;
const digest = (n: number) => n.toString(16).padStart(64, "0");

describeContract("datasets", (api) => {
  test("create, read, update and list datasets with filters, ordering and cursor pages", async () => {
    const a = api();
    const { createDataset: loans } = await a.ok(CREATE, {
      i: {
        name: "loan-applications",
        description: "Consumer loan applications 2019-2024",
        source: "core banking export",
        licence: "internal",
        ownerId: a.orgA.adminUserId,
        classification: "CONFIDENTIAL",
        containsPersonalData: true,
        knownBiases: "Under-represents applicants under 25",
      },
    });
    assert.equal(loans.classification, "CONFIDENTIAL");
    assert.equal(loans.latestVersionNumber, 0);
    const { createDataset: health } = await a.ok(CREATE, { i: { name: "health-claims", containsSpecialCategoryData: true } });
    assert.equal(health.containsPersonalData, true, "special-category data is personal data");
    assert.equal(health.classification, "INTERNAL");
    await a.ok(CREATE, { i: { name: "wikipedia-sample", classification: "PUBLIC", licence: "CC-BY-SA-4.0", source: "https://dumps.wikimedia.org" } });

    const updated = await a.ok(UPDATE, { id: loans.id, i: { classification: "RESTRICTED", licence: null } });
    assert.deepEqual(updated.updateDataset, {
      id: loans.id,
      name: "loan-applications",
      classification: "RESTRICTED",
      containsPersonalData: true,
      licence: null,
    });
    const got = await a.ok(`query($id: ID!) { dataset(id: $id) { name knownBiases ownerId versions { id } } }`, { id: loans.id });
    assert.deepEqual(got.dataset, {
      name: "loan-applications",
      knownBiases: "Under-represents applicants under 25",
      ownerId: a.orgA.adminUserId,
      versions: [],
    });

    const names = async (filter: Record<string, unknown>) =>
      (await a.ok(`query($f: DatasetFilter) { datasets(filter: $f) { nodes { name } } }`, { f: filter })).datasets.nodes.map((n: any) => n.name);
    assert.deepEqual(await names({ search: "WIKIMEDIA" }), ["wikipedia-sample"]);
    assert.deepEqual(await names({ search: "consumer loan" }), ["loan-applications"]);
    assert.deepEqual(await names({ classification: "RESTRICTED" }), ["loan-applications"]);
    assert.deepEqual(await names({ containsPersonalData: true }), ["health-claims", "loan-applications"]);
    assert.deepEqual(await names({ containsSpecialCategoryData: true }), ["health-claims"]);
    assert.deepEqual(await names({ ownerId: a.orgA.adminUserId }), ["loan-applications"]);

    const desc = await a.ok(`{ datasets(orderBy: { field: NAME, direction: DESC }) { nodes { name } } }`);
    assert.deepEqual(
      desc.datasets.nodes.map((n: any) => n.name),
      ["wikipedia-sample", "loan-applications", "health-claims"],
    );
    const p1 = await a.ok(
      `{ datasets(first: 2, orderBy: { field: CREATED_AT, direction: ASC }) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }`,
    );
    assert.equal(p1.datasets.totalCount, 3);
    assert.deepEqual(
      p1.datasets.nodes.map((n: any) => n.name),
      ["loan-applications", "health-claims"],
    );
    const p2 = await a.ok(
      `query($after: String) { datasets(first: 2, after: $after, orderBy: { field: CREATED_AT, direction: ASC }) { nodes { name } pageInfo { hasNextPage } } }`,
      { after: p1.datasets.pageInfo.endCursor },
    );
    assert.deepEqual(
      p2.datasets.nodes.map((n: any) => n.name),
      ["wikipedia-sample"],
    );
    assert.equal(p2.datasets.pageInfo.hasNextPage, false);
  });

  test("dataset versions: numbered 1, 2, 3 per dataset, with URI, digest, rows and collection window; latest versions per dataset", async () => {
    const a = api();
    const { createDataset: ds } = await a.ok(CREATE, { i: { name: "transactions" } });
    const { createDataset: other } = await a.ok(CREATE, { i: { name: "transactions-eu" } });
    const v1 = (
      await a.ok(VERSION, {
        i: {
          datasetId: ds.id,
          uri: "s3://data/tx/2024-01",
          digest: `sha256:${"CD".repeat(32)}`,
          rowCount: 1_200_000,
          collectionStart: "2023-01-01T00:00:00.000Z",
          collectionEnd: "2023-12-31T23:59:59.000Z",
          description: "2023 transactions",
        },
      })
    ).createDatasetVersion;
    assert.equal(v1.number, 1);
    assert.equal(v1.digest, "cd".repeat(32));
    assert.equal(v1.rowCount, 1_200_000);
    assert.equal(v1.collectionStart, "2023-01-01T00:00:00.000Z");
    assert.deepEqual(v1.dataset, { name: "transactions", latestVersionNumber: 1 });
    for (let i = 2; i <= 7; i++) await a.ok(VERSION, { i: { datasetId: ds.id, uri: `s3://data/tx/${i}` } });
    const o1 = (
      await a.ok(VERSION, { i: { datasetId: other.id, uri: "s3://data/eu/1", collectionStart: "2024-01-01T00:00:00Z", collectionEnd: "2024-01-01T00:00:00Z" } })
    ).createDatasetVersion;
    assert.equal(o1.number, 1, "numbers are per dataset");

    const latest = await a.ok(
      `{ datasets(filter: { search: "transactions" }, orderBy: { field: NAME, direction: ASC }) { nodes { name latestVersionNumber versions(latest: 3) { number dataset { name } } all: versions { number } } } }`,
    );
    assert.deepEqual(
      latest.datasets.nodes.map((d: any) => [d.name, d.latestVersionNumber, d.versions.map((v: any) => v.number), d.all.map((v: any) => v.number)]),
      [
        ["transactions", 7, [7, 6, 5], [7, 6, 5, 4, 3]],
        ["transactions-eu", 1, [1], [1]],
      ],
    );
    assert.ok(latest.datasets.nodes[0].versions.every((v: any) => v.dataset.name === "transactions"));

    const page = await a.ok(`query($d: ID!) { datasetVersions(datasetId: $d, first: 4) { totalCount nodes { number } pageInfo { hasNextPage endCursor } } }`, {
      d: ds.id,
    });
    assert.equal(page.datasetVersions.totalCount, 7);
    assert.deepEqual(
      page.datasetVersions.nodes.map((n: any) => n.number),
      [7, 6, 5, 4],
    );
    const page2 = await a.ok(
      `query($d: ID!, $after: String) { datasetVersions(datasetId: $d, first: 4, after: $after) { nodes { number } pageInfo { hasNextPage } } }`,
      { d: ds.id, after: page.datasetVersions.pageInfo.endCursor },
    );
    assert.deepEqual(
      page2.datasetVersions.nodes.map((n: any) => n.number),
      [3, 2, 1],
    );
    const asc = await a.ok(`query($d: ID!) { datasetVersions(datasetId: $d, first: 2, direction: ASC) { nodes { number } } }`, { d: ds.id });
    assert.deepEqual(
      asc.datasetVersions.nodes.map((n: any) => n.number),
      [1, 2],
    );
    const one = await a.ok(`query($id: ID!) { datasetVersion(id: $id) { uri description dataset { id } } }`, { id: v1.id });
    assert.deepEqual(one.datasetVersion, { uri: "s3://data/tx/2024-01", description: "2023 transactions", dataset: { id: ds.id } });
    const audit = await a.ok(`query($id: String) { auditEvents(filter: { subjectId: $id }) { nodes { action after } } }`, { id: v1.id });
    assert.equal(audit.auditEvents.nodes[0].action, "datasetVersion.create");
    assert.equal(audit.auditEvents.nodes[0].after.number, 1);
  });

  test("bad input: missing fields, wrong enums, oversize strings, digests, windows, duplicates — coded errors naming the field, nothing written", async () => {
    const a = api();
    const { createDataset: ds } = await a.ok(CREATE, { i: { name: "dup-data" } });
    const before = await a.ok(COUNT);
    const create = async (input: Record<string, unknown>, field: string, code = "VALIDATION") => {
      const res = await a.gql(CREATE, { i: input });
      assert.deepEqual(codes(res), [code], JSON.stringify(input));
      if (field) assert.equal(res.errors![0]!.extensions!.field, field, JSON.stringify(input));
    };
    await create({}, "");
    await create({ name: "  " }, "name");
    await create({ name: "x".repeat(201) }, "name");
    await create({ name: "enum", classification: "SECRET" }, "");
    await create({ name: "lic", licence: "l".repeat(201) }, "licence");
    await create({ name: "flags", containsSpecialCategoryData: true, containsPersonalData: false }, "containsPersonalData");
    await create({ name: "owner", ownerId: a.orgB.adminUserId }, "ownerId");
    await create({ name: "dup-data" }, "", "CONFLICT");
    const version = async (input: Record<string, unknown>, field: string, code = "VALIDATION") => {
      const res = await a.gql(VERSION, { i: { datasetId: ds.id, uri: "s3://d/1", ...input } });
      assert.deepEqual(codes(res), [code], JSON.stringify(input));
      if (field) assert.equal(res.errors![0]!.extensions!.field, field, JSON.stringify(input));
    };
    await version({ uri: "relative/path" }, "uri");
    await version({ uri: "" }, "uri");
    await version({ digest: "1234" }, "digest");
    await version({ digest: "g".repeat(64) }, "digest");
    await version({ rowCount: -1 }, "rowCount");
    await version({ collectionStart: "2024-02-01T00:00:00Z", collectionEnd: "2024-01-01T00:00:00Z" }, "collectionEnd");
    await version({ collectionStart: "not a date" }, "");
    await version({ description: "d".repeat(20_001) }, "description");
    await version({ datasetId: "no-such-dataset" }, "", "NOT_FOUND");
    assert.deepEqual(codes(await a.gql(UPDATE, { id: "no-such-dataset", i: { name: "x" } })), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(`{ datasetVersions(datasetId: "no-such-dataset") { totalCount } }`)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(`{ datasetVersion(id: "no-such-version") { id } }`)), ["NOT_FOUND"]);
    assert.deepEqual(await a.ok(COUNT), before);
    const still = await a.ok(`query($id: ID!) { dataset(id: $id) { latestVersionNumber } }`, { id: ds.id });
    assert.equal(still.dataset.latestVersionNumber, 0, "failed versions consume no number");
  });

  test("isolation: another organisation cannot read, list or change datasets and their versions", async () => {
    const a = api();
    const b = a.orgB.tokens.ADMIN;
    const { createDataset: ds } = await a.ok(CREATE, { i: { name: "a-only-data" } });
    const { createDatasetVersion: v } = await a.ok(VERSION, { i: { datasetId: ds.id, uri: "s3://a/1" } });
    assert.deepEqual(codes(await a.gql(`query($id: ID!) { dataset(id: $id) { id } }`, { id: ds.id }, b)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(`query($id: ID!) { datasetVersion(id: $id) { id } }`, { id: v.id }, b)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(`query($id: ID!) { datasetVersions(datasetId: $id) { totalCount } }`, { id: ds.id }, b)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(UPDATE, { id: ds.id, i: { name: "pwned" } }, b)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(VERSION, { i: { datasetId: ds.id, uri: "s3://b/1" } }, b)), ["NOT_FOUND"]);
    const listed = await a.ok(`{ datasets(filter: { search: "a-only" }) { totalCount } }`, {}, b);
    assert.equal(listed.datasets.totalCount, 0);
    const still = await a.ok(`query($id: ID!) { dataset(id: $id) { name latestVersionNumber } }`, { id: ds.id });
    assert.deepEqual(still.dataset, { name: "a-only-data", latestVersionNumber: 1 });
  });

  test("roles: viewers and auditors read datasets but cannot write", async () => {
    const a = api();
    const { createDataset: ds } = await a.ok(CREATE, { i: { name: "roles-data" } }, a.orgA.tokens.CONTRIBUTOR);
    for (const role of ["VIEWER", "AUDITOR"] as const) {
      const token = a.orgA.tokens[role];
      assert.deepEqual(codes(await a.gql(CREATE, { i: { name: `by-${role}` } }, token)), ["FORBIDDEN"]);
      assert.deepEqual(codes(await a.gql(UPDATE, { id: ds.id, i: { name: "x" } }, token)), ["FORBIDDEN"]);
      assert.deepEqual(codes(await a.gql(VERSION, { i: { datasetId: ds.id, uri: "s3://r/1" } }, token)), ["FORBIDDEN"]);
      assert.equal((await a.ok(`query($id: ID!) { dataset(id: $id) { name } }`, { id: ds.id }, token)).dataset.name, "roles-data");
    }
  });
});
