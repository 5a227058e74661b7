// Run by model-statements.test.ts (through run-script.ts) on a fresh database: seeds a small registry
// through core, then runs the inventory queries in-process through the GraphQL schema and counts every
// SQL statement each one sends. Prints { [query]: { statements: { [pageSize]: count }, rows } } as JSON.
import * as core from "@canon/core";
import { inProcessSchema, report } from "./in-process-schema";

const { organizationId, counted, close } = await inProcessSchema("stmt", "Statements");
const actor = core.systemActor(organizationId, "statement-count");

const dataset = await core.createDataset({ actor, input: { name: "stmt-data" } });
const dv = await core.createDatasetVersion({ actor, input: { datasetId: dataset.id, uri: "s3://d/1" } });
for (let i = 0; i < 3; i++)
  await core.createDatasetVersion({
    actor,
    input: { datasetId: (await core.createDataset({ actor, input: { name: `stmt-data-${i}` } })).id, uri: "s3://d/x" },
  });
for (let i = 0; i < 12; i++) {
  const system = await core.createAISystem({ actor, input: { reference: `sys-${i}`, name: `System ${i}` } });
  const model = await core.createModel({
    actor,
    input: { name: `model-${String(i).padStart(2, "0")}`, kind: "LLM", systemId: system.id, tags: ["a", `t${i}`] },
  });
  const v1 = await core.registerModelVersion({
    actor,
    input: {
      modelId: model.id,
      artifactUri: "s3://m/1",
      artifactDigest: "1".repeat(64),
      tags: ["exp"],
      lineage: [{ datasetVersionId: dv.id, role: "TRAINING" }],
    },
  });
  const v2 = await core.registerModelVersion({
    actor,
    input: {
      modelId: model.id,
      artifactUri: "s3://m/2",
      artifactDigest: "2".repeat(64),
      tags: ["exp"],
      parentVersionId: v1.id,
      parentRelation: "FINE_TUNED",
      lineage: [{ datasetVersionId: dv.id, role: "TEST" }],
    },
  });
  await core.setAlias({ actor, input: { modelId: model.id, name: "live", versionId: v1.id } });
  await core.setAlias({ actor, input: { modelId: model.id, name: "staging", versionId: v2.id } });
}

const QUERIES: Record<string, string> = {
  models: `query($first: Int) { models(first: $first) { nodes { id tags system { name } aliases { name version { number } }
    latestVersion { number tags model { name } parent { number } lineage { role datasetVersion { number dataset { name } } } } } } }`,
  modelVersions: `query($first: Int) { modelVersionsByTag(tag: "exp", first: $first) { nodes { number tags model { name } parent { number } lineage { role datasetVersion { number } } } } }`,
  datasets: `query($first: Int) { datasets(first: $first) { nodes { name versions(latest: 3) { number dataset { name } } } } }`,
  aliases: `query($first: Int) { models(first: $first) { nodes { aliases { name model { name } version { number } } } } }`,
};
const out: Record<string, { statements: Record<number, number>; rows: number }> = {};
for (const [name, source] of Object.entries(QUERIES)) {
  out[name] = { statements: {}, rows: 0 };
  for (const first of [2, 4, 12]) {
    const { data, statements } = await counted(source, { first }, actor);
    out[name].statements[first] = statements;
    out[name].rows = Math.max(out[name].rows, (Object.values(data ?? {})[0] as { nodes: unknown[] }).nodes.length);
  }
}
await close();
report(out);
