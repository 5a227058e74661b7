// The CycloneDX ML-BOM as a job through the API: requestMlBom gathers the registry as of an instant in a
// worker thread and renders CycloneDX 1.6 or 1.7 JSON; the files are downloaded, validated against the
// official schemas (@cyclonedx/cyclonedx-library's strict validator) and read back: the model version a
// machine-learning-model with its model card, the dataset version a data component, the parent version
// in the pedigree, an instant before the second version leaving it out. Each run is recorded (ReportRun
// with the file's digest, audited); another organisation cannot see it.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";
import { codes, describeContract } from "../support/contract";
import { digest, unique } from "../support/fixtures/ids";
import { download, ended, sha256, waitForJob, type JobRow } from "../support/jobs/jobs";

const REQUEST = `mutation($v: CycloneDxSpecVersion!, $at: DateTime, $s: [ID!]) { requestMlBom(specVersion: $v, asOf: $at, systemIds: $s) { id kind status } }`;

// The validator is a dev dependency of @canon/reports (with the ajv version it needs): resolved from there.
interface CycloneDxLibrary {
  Validation: { JsonStrictValidator: new (version: string) => { validate(json: string): Promise<unknown> } };
}
const cyclonedx = createRequire(new URL("../../packages/reports/package.json", import.meta.url))("@cyclonedx/cyclonedx-library") as CycloneDxLibrary;
const schemaErrors = (json: string, spec: "1.6" | "1.7") => new cyclonedx.Validation.JsonStrictValidator(spec).validate(json);

type Json = any;
const allComponents = (bom: Json): Json[] =>
  bom.components.flatMap(function walk(c: Json): Json[] {
    return [c, ...(c.components ?? []).flatMap(walk)];
  });
const byRef = (bom: Json, ref: string) => allComponents(bom).find((c) => c["bom-ref"] === ref);
const prop = (holder: Json, name: string) => (holder?.properties ?? []).filter((p: Json) => p.name === name).map((p: Json) => p.value);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describeContract("ML-BOM report job", (api) => {
  test("CycloneDX 1.6 and 1.7 are valid, hold the model version with its card, the dataset, the parent in the pedigree; as of earlier leaves the later version out", async () => {
    const a = api();
    const writer = a.orgA.tokens.CONTRIBUTOR;
    const reference = unique("bom");
    const system = (
      await a.ok(
        `mutation($i: CreateAISystemInput!) { createAISystem(input: $i) { id } }`,
        { i: { reference, name: "Kreditprüfung Zoë", intendedPurpose: "Scores credit applications" } },
        writer,
      )
    ).createAISystem;
    const dataset = (
      await a.ok(
        `mutation($i: CreateDatasetInput!) { createDataset(input: $i) { id } }`,
        { i: { name: unique("applications"), licence: "CC-BY-4.0", classification: "CONFIDENTIAL", containsPersonalData: true } },
        writer,
      )
    ).createDataset;
    const dataDigest = digest();
    const datasetVersion = (
      await a.ok(
        `mutation($i: CreateDatasetVersionInput!) { createDatasetVersion(input: $i) { id } }`,
        { i: { datasetId: dataset.id, uri: `s3://data/${dataset.id}/v1.parquet`, digest: dataDigest, rowCount: 1200 } },
        writer,
      )
    ).createDatasetVersion;
    const modelName = unique("credit-scorer");
    const model = (
      await a.ok(
        `mutation($i: CreateModelInput!) { createModel(input: $i) { id } }`,
        { i: { name: modelName, kind: "CLASSIFIER", systemId: system.id, tags: ["credit"] } },
        writer,
      )
    ).createModel;
    const register = `mutation($i: RegisterModelVersionInput!) { registerModelVersion(input: $i) { id number } }`;
    const lineage = [{ datasetVersionId: datasetVersion.id, role: "TRAINING" }];
    const v1 = (await a.ok(register, { i: { modelId: model.id, artifactUri: `s3://models/${modelName}/1`, artifactDigest: digest(), lineage } }, writer))
      .registerModelVersion;

    await sleep(20);
    const beforeSecond = new Date().toISOString();
    await sleep(20);
    const v2Digest = digest();
    const v2 = (
      await a.ok(
        register,
        {
          i: {
            modelId: model.id,
            artifactUri: `s3://models/${modelName}/2`,
            artifactDigest: v2Digest,
            parentVersionId: v1.id,
            parentRelation: "RETRAINED",
            lineage,
            hyperparameters: { max_depth: 6 },
          },
        },
        writer,
      )
    ).registerModelVersion;
    await a.ok(
      `mutation($i: RecordEvaluationInput!) { recordEvaluation(input: $i) { id } }`,
      { i: { modelVersionId: v2.id, datasetVersionId: datasetVersion.id, suite: "holdout", metrics: [{ name: "auc", value: 0.87, threshold: 0.8 }] } },
      writer,
    );
    await a.ok(
      `mutation($i: SaveModelCardInput!) { saveModelCard(input: $i) { revision } }`,
      {
        i: {
          modelVersionId: v2.id,
          intendedUse: "Rank consumer credit applications for review",
          intendedUsers: "Underwriters",
          limitationsAndRisks: "Not for small-business credit",
        },
      },
      writer,
    );

    const viewer = a.orgA.tokens.VIEWER;
    const request = async (v: "V1_6" | "V1_7", variables: Record<string, unknown> = {}) => (await a.ok(REQUEST, { v, ...variables }, viewer)).requestMlBom;
    const whole = await request("V1_6");
    const scoped = await request("V1_7", { s: [system.id] });
    const early = await request("V1_7", { s: [system.id], at: beforeSecond });
    assert.equal(whole.kind, "report.ml-bom");

    const read = async (job: { id: string }, spec: "1.6" | "1.7", what: string): Promise<{ row: JobRow; bom: Json; bytes: Buffer }> => {
      const row = await waitForJob(a.ok, job.id, ended, what, { token: viewer, timeoutMs: 120_000 });
      assert.equal(row.status, "SUCCEEDED", JSON.stringify(row));
      assert.equal(row.output!.contentType, "application/vnd.cyclonedx+json");
      assert.match(row.output!.fileName, /^ml-bom-\d{4}-\d\d-\d\d-\d\d-\d\d-\d\d\.cdx\.json$/);
      const file = await download(a.url, row.output!.downloadPath, viewer);
      assert.equal(file.status, 200);
      assert.match(file.headers.get("content-type") ?? "", /^application\/vnd\.cyclonedx\+json/);
      assert.equal(sha256(file.bytes), row.output!.sha256);
      const json = file.bytes.toString("utf8");
      assert.equal(await schemaErrors(json, spec), null, `${what} is valid CycloneDX ${spec}`);
      const bom = JSON.parse(json);
      assert.equal(bom.specVersion, spec);
      assert.match(bom.serialNumber, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      assert.equal(row.result.serialNumber, bom.serialNumber);
      return { row, bom, bytes: file.bytes };
    };

    for (const [job, spec] of [
      [whole, "1.6"],
      [scoped, "1.7"],
    ] as const) {
      const { bom } = await read(job, spec, `the ${spec} BOM`);
      const version = byRef(bom, `canon:model-version/${v2.id}`);
      assert.equal(version.type, "machine-learning-model");
      assert.deepEqual([version.name, version.version], [modelName, "2"]);
      assert.deepEqual(version.hashes, [{ alg: "SHA-256", content: v2Digest }]);
      assert.deepEqual(version.modelCard.modelParameters.task, "classification");
      assert.deepEqual(version.modelCard.modelParameters.datasets, [{ ref: `canon:dataset-version/${datasetVersion.id}` }]);
      assert.deepEqual(version.modelCard.considerations.useCases, ["Rank consumer credit applications for review"]);
      assert.deepEqual(version.modelCard.considerations.users, ["Underwriters"]);
      assert.deepEqual(version.modelCard.quantitativeAnalysis.performanceMetrics, [{ type: "auc", value: "0.87" }]);
      assert.deepEqual(prop(version.modelCard, "canon:lineage:TRAINING"), [`canon:dataset-version/${datasetVersion.id}`]);
      assert.deepEqual(prop(version.modelCard, "canon:hyperparameter:max_depth"), ["6"]);

      const [parent] = version.pedigree.ancestors;
      assert.deepEqual([parent.type, parent.name, parent.version], ["machine-learning-model", modelName, "1"]);
      assert.deepEqual(prop(parent, "canon:modelVersionRef"), [`canon:model-version/${v1.id}`]);
      assert.equal(version.pedigree.notes, `retrained from ${modelName} version 1`);
      assert.equal(byRef(bom, `canon:model-version/${v1.id}`).type, "machine-learning-model");

      const data = byRef(bom, `canon:dataset-version/${datasetVersion.id}`);
      assert.equal(data.type, "data");
      assert.deepEqual(data.hashes, [{ alg: "SHA-256", content: dataDigest }]);
      assert.deepEqual(data.licenses, [{ license: { name: "CC-BY-4.0" } }]);
      assert.deepEqual(
        [data.data[0].type, data.data[0].classification, data.data[0].contents.url],
        ["dataset", "CONFIDENTIAL", `s3://data/${dataset.id}/v1.parquet`],
      );

      const systemComponent = byRef(bom, `canon:system/${system.id}`);
      assert.deepEqual([systemComponent.type, systemComponent.name], ["application", "Kreditprüfung Zoë"]);
      const dependsOn = new Map(bom.dependencies.map((d: Json) => [d.ref, d.dependsOn ?? []]));
      assert.deepEqual(dependsOn.get(`canon:model-version/${v2.id}`), [`canon:dataset-version/${datasetVersion.id}`]);
      assert.deepEqual(prop(bom.metadata, "canon:organization"), [a.orgA.slug.toUpperCase()]);
      assert.deepEqual(prop(bom.metadata, "canon:generatedBy"), [`VIEWER of ${a.orgA.slug} <viewer@${a.orgA.slug}.example>`]);
    }

    const before = await read(early, "1.7", "the BOM as of before the second version");
    assert.equal(byRef(before.bom, `canon:model-version/${v2.id}`), undefined, "the second version was not registered yet");
    assert.equal(byRef(before.bom, `canon:model-version/${v1.id}`).type, "machine-learning-model");
    assert.equal(byRef(before.bom, `canon:model-version/${v1.id}`).modelCard.considerations, undefined, "no card then");
    assert.equal(byRef(before.bom, `canon:dataset-version/${datasetVersion.id}`).type, "data");
    assert.deepEqual(prop(before.bom.metadata, "canon:asOf"), [beforeSecond]);
    assert.equal(before.row.result.modelVersions, 1);

    const runs = (
      await a.ok(`{ reportRuns(first: 20) { nodes { id kind framework format status fileName fileDigest fileSize jobId systemIds asOf } } }`, {}, viewer)
    ).reportRuns.nodes;
    const scopedJob = await waitForJob(a.ok, scoped.id, ended, "the scoped BOM", { token: viewer });
    const run = runs.find((r: { jobId: string }) => r.jobId === scoped.id);
    assert.deepEqual(
      [run.kind, run.framework, run.format, run.status, run.fileName, run.fileDigest, run.systemIds],
      ["ml-bom", null, "CYCLONEDX", "SUCCEEDED", scopedJob.output!.fileName, scopedJob.output!.sha256, [system.id]],
    );
    assert.equal(run.fileSize, scopedJob.output!.byteSize);
    assert.equal(runs.find((r: { jobId: string }) => r.jobId === early.id).asOf, beforeSecond);
    const events = (
      await a.ok(`query($s: String) { auditEvents(filter: { subjectId: $s }) { nodes { action context } } }`, { s: run.id }, a.orgA.tokens.AUDITOR)
    ).auditEvents.nodes;
    assert.deepEqual(events.map((e: { action: string }) => e.action).sort(), ["reportRun.finish", "reportRun.request"]);
    const finished = events.find((e: { action: string }) => e.action === "reportRun.finish");
    assert.equal(finished.context.serialNumber, scopedJob.result.serialNumber);

    const other = a.orgB.tokens.ADMIN;
    assert.deepEqual(codes(await a.gql(`query($id: ID!) { job(id: $id) { id } }`, { id: scoped.id }, other)), ["NOT_FOUND"]);
    assert.equal((await download(a.url, scopedJob.output!.downloadPath, other)).status, 404);
    assert.equal(
      (await a.ok(`{ reportRuns(first: 50) { nodes { jobId } } }`, {}, other)).reportRuns.nodes.filter((r: { jobId: string }) => r.jobId === scoped.id).length,
      0,
    );
  });

  test("an unknown spec version is refused; another organisation's system cannot be put in scope", async () => {
    const a = api();
    assert.deepEqual(codes(await a.gql(REQUEST, { v: "V1_5" }, a.orgA.tokens.VIEWER)), ["VALIDATION"]);
    const theirs = (
      await a.ok(
        `mutation($i: CreateAISystemInput!) { createAISystem(input: $i) { id } }`,
        { i: { reference: unique("b"), name: "theirs" } },
        a.orgB.tokens.ADMIN,
      )
    ).createAISystem;
    assert.deepEqual(codes(await a.gql(REQUEST, { v: "V1_6", s: [theirs.id] }, a.orgA.tokens.VIEWER)), ["NOT_FOUND"]);
  });
});
