// npm run seed:bench — a large synthetic registry for the benchmark, built deterministically (same
// ids, numbers and values on every run). Default: 10k models, 50k versions (one model holding 10k,
// one holding 10), 100k evaluations with 2 metrics each, aliases, tags, datasets and lineage.
// Rows are bulk-inserted (createMany), then the trail is written row by row through the audit writer
// (bench-trail.ts), so the bench organisation has a complete trail of realistic length.
import { parseArgs } from "node:util";
import { config } from "@canon/config";
import { closeDatabase, createOrganization, database, userActor } from "@canon/core";
import { migrateDatabase } from "@canon/db";
import { benchPlan, type BenchSize } from "./bench-plan";
import { writeBenchTrail } from "./bench-trail";

const { values } = parseArgs({
  options: {
    models: { type: "string", default: "10000" },
    versions: { type: "string", default: "50000" },
    evaluations: { type: "string", default: "100000" },
    "big-model-versions": { type: "string", default: "10000" },
  },
});
const size: BenchSize = {
  models: Number(values.models),
  versions: Number(values.versions),
  evaluations: Number(values.evaluations),
  bigModelVersions: Number(values["big-model-versions"]),
};

const started = performance.now();
await migrateDatabase(config().databaseUrl);
const db = database().writer;
if (await db.organization.findUnique({ where: { slug: "bench" } })) {
  console.log(`The bench registry is already seeded in ${config().databaseUrl}; delete the database to rebuild it.`);
  await closeDatabase();
  process.exit(0);
}
const { organization, adminUserId } = await createOrganization({ slug: "bench", name: "Bench Registry", admin: { email: "admin@bench.example", name: "Bench Admin" } });
const plan = benchPlan(organization.id, adminUserId, size);

const CHUNK = 5_000;
async function insert<T>(label: string, rows: T[], createMany: (data: T[]) => Promise<unknown>) {
  const t0 = performance.now();
  for (let i = 0; i < rows.length; i += CHUNK) await createMany(rows.slice(i, i + CHUNK));
  console.log(`  ${label.padEnd(22)} ${String(rows.length).padStart(8)} rows  ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

console.log(`Seeding ${config().databaseProvider} at ${config().databaseUrl}`);
await insert("AI systems", plan.systems, (data) => db.aISystem.createMany({ data }));
await insert("datasets", plan.datasets, (data) => db.dataset.createMany({ data }));
await insert("dataset versions", plan.datasetVersions, (data) => db.datasetVersion.createMany({ data }));
await insert("models", plan.models, (data) => db.model.createMany({ data }));
await insert("model tags", plan.modelTags, (data) => db.modelTag.createMany({ data }));
await insert("model versions", plan.versions, (data) => db.modelVersion.createMany({ data }));
await insert("version tags", plan.versionTags, (data) => db.modelVersionTag.createMany({ data }));
await insert("lineage", plan.lineage, (data) => db.modelVersionDataset.createMany({ data }));
await insert("aliases", plan.aliases, (data) => db.alias.createMany({ data }));
await insert("evaluations", plan.evaluations, (data) => db.evaluation.createMany({ data }));
await insert("evaluation metrics", plan.metrics, (data) => db.evaluationMetric.createMany({ data }));
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
await writeBenchTrail(userActor(organization.id, adminUserId, "ADMIN"), [
  ["aiSystem.create", ids(plan.systems)], ["dataset.create", ids(plan.datasets)], ["datasetVersion.create", ids(plan.datasetVersions)],
  ["model.create", ids(plan.models)], ["modelVersion.register", ids(plan.versions)], ["alias.create", ids(plan.aliases)],
  ["evaluation.record", ids(plan.evaluations)],
]);
console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s. Big model: ${plan.bigModelId}; small model: ${plan.smallModelId}.`);
await closeDatabase();
