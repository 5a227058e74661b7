// Child process of bench/audit-chain.ts, run with DATABASE_URL naming a fresh, empty database: builds a
// valid audit chain of N events for one organisation and times verifyAuditChain. Prints one JSON line.
import { closeDatabase, createOrganization, systemActor, verifyAuditChain } from "@canon/core";
import { config } from "@canon/config";
import { migrateDatabase } from "@canon/db";
import { buildAuditChain } from "./audit-chain-build";

const EVENTS = Number(process.argv[2] ?? 200_000);
const RUNS = Number(process.argv[3] ?? 5);

await migrateDatabase(config().databaseUrl);
const { organization } = await createOrganization({ slug: "audit-bench", name: "Audit bench", admin: { email: "bench@audit.example", name: "Bench" } });
const t0 = performance.now();
await buildAuditChain(organization.id, EVENTS);
const buildMs = performance.now() - t0;

const actor = systemActor(organization.id, "audit-bench");
const runsMs: number[] = [];
const cpuMs: number[] = [];
for (let r = 0; r < RUNS; r++) {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const result = await verifyAuditChain({ actor });
  runsMs.push(performance.now() - t);
  const used = process.cpuUsage(cpu);
  cpuMs.push((used.user + used.system) / 1000);
  if (!result.valid || result.eventCount !== EVENTS) {
    throw new Error(`verification gave ${JSON.stringify(result)} for a valid chain of ${EVENTS} events`);
  }
}
await closeDatabase();
console.log(JSON.stringify({ provider: config().databaseProvider, events: EVENTS, buildMs, runsMs, cpuMs }));
