// npm run seed:bench — a large synthetic registry for the benchmark, built deterministically (same
// references, numbers and values on every run). Default: 10k AI systems, 10k models, 50k versions (one
// model holding 10k, one holding 10), 100k evaluations with 2 metrics each, aliases, tags, datasets and
// lineage; and the compliance records of the systems.
// The AI systems and everything the compliance reports read (classifications, assessments, evidence,
// risks, incidents) are written through the core use cases, one call each (bench-compliance.ts), so
// their trail is the one the application writes. The model registry's rows are bulk-inserted
// (createMany), then its trail is written through the audit writer's bulk path (bench-trail.ts), so the
// bench organisation has a complete trail of realistic length. Each step prints its time.
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { config } from "@canon/config";
import { closeDatabase, createOrganization, database, userActor, withinOrganization } from "@canon/core";
import { migrateDatabase } from "@canon/db";
import { benchSystems, PROFILE_SHARES } from "./bench-compliance-plan";
import { addBenchOwners, createBenchSystems, seedBenchCompliance, StepClock } from "./bench-compliance";
import { benchPlan, type BenchSize } from "./bench-plan";
import { writeBenchTrail } from "./bench-trail";

const { values } = parseArgs({
  options: {
    systems: { type: "string", default: "10000" },
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
const { organization, adminUserId } = await createOrganization({
  slug: "bench",
  name: "Bench Registry",
  admin: { email: "admin@bench.example", name: "Bench Admin" },
});
const admin = userActor(organization.id, adminUserId, "ADMIN");
const systemPlan = benchSystems(Number(values.systems));
const clock = new StepClock();
console.log(`Seeding ${config().databaseProvider} at ${config().databaseUrl}`);
console.log("Through the use cases:");
const owners = await addBenchOwners(admin, clock);
const systemIds = await createBenchSystems(admin, systemPlan, owners, clock);
const plan = benchPlan(organization.id, adminUserId, size, systemIds);

const CHUNK = 5_000;
async function insert<T>(label: string, rows: T[], createMany: (data: T[]) => Promise<unknown>) {
  const t0 = performance.now();
  // Rows of tenant tables are written inside the organisation's scope (tenancy.ts), like any query.
  await withinOrganization(organization.id, async () => {
    for (let i = 0; i < rows.length; i += CHUNK) await createMany(rows.slice(i, i + CHUNK));
  });
  console.log(`  ${label.padEnd(22)} ${String(rows.length).padStart(8)} rows  ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const bulkStarted = performance.now();
console.log("In bulk:");
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
await writeBenchTrail(admin, [
  ["dataset.create", ids(plan.datasets)],
  ["datasetVersion.create", ids(plan.datasetVersions)],
  ["model.create", ids(plan.models)],
  ["modelVersion.register", ids(plan.versions)],
  ["alias.create", ids(plan.aliases)],
  ["evaluation.record", ids(plan.evaluations)],
]);
const bulkMs = performance.now() - bulkStarted;
console.log("Through the use cases:");
// Evidence of kind EVALUATION points at evaluations of the registry (the first 2,000 are enough).
const compliance = await seedBenchCompliance(admin, systemPlan, systemIds, owners, ids(plan.evaluations.slice(0, 2_000)), clock);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const profiles = PROFILE_SHARES.map(([p]) => `${p} ${systemPlan.filter((s) => s.profile === p).length}`).join(", ");
console.log(
  `\nAI systems: ${systemIds.length} (${profiles}); risk tiers: ${Object.entries(compliance.tiers)
    .map(([t, n]) => `${t} ${n}`)
    .join(", ")}; public authority ${compliance.publicAuthority}.`,
);
console.log(
  `Compliance records: ${compliance.assessments} assessments, ${compliance.evidence} evidence items (${compliance.expiredEvidence} expired), ${compliance.risks} risks, ${compliance.incidents} incidents.`,
);
console.log(
  `Use cases: ${clock.calls} calls in ${seconds(clock.ms)}, ${(clock.ms / clock.calls).toFixed(1)} ms/call (cpu ${(clock.cpuMs / clock.calls).toFixed(1)} ms/call; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores); bulk registry and its trail: ${seconds(bulkMs)}.`,
);
console.log(`Done in ${seconds(performance.now() - started)}. Big model: ${plan.bigModelId}; small model: ${plan.smallModelId}.`);
await closeDatabase();
