// npx tsx bench/audit-chain.ts [events=200000] [runs=5]
// Times verifyAuditChain (a full replay from seq 1) over a valid chain of `events` audit events of one
// organisation, on a fresh temporary SQLite file and, when DATABASE_URL names a PostgreSQL server, on a
// fresh temporary database there too. The chain is built in-process with the real audit hash and
// bulk-inserted (whole ModelVersion records, see audit-chain-build.ts); every run must report it valid
// with every event counted. Targets for 200k events, median of the runs: under 2 s on SQLite, under 3 s
// on PostgreSQL.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { config } from "@canon/config";
import { sampleRecordLength } from "./audit-chain-build";

const EVENTS = Number(process.argv[2] ?? 200_000);
const RUNS = Number(process.argv[3] ?? 5);
const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const WORKER = path.join(ROOT, "bench", "audit-chain-worker.ts");

interface WorkerResult {
  provider: string;
  events: number;
  buildMs: number;
  runsMs: number[];
  /** Process CPU time of each run (all threads): on a busy machine, wall time can be far above it. */
  cpuMs: number[];
}

async function runWorker(databaseUrl: string): Promise<WorkerResult> {
  const { stdout } = await promisify(execFile)(TSX, [WORKER, String(EVENTS), String(RUNS)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "test", LOG_LEVEL: "warn" },
    maxBuffer: 10_000_000,
  });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as WorkerResult;
}

async function onSqlite(): Promise<WorkerResult> {
  const dir = mkdtempSync(path.join(tmpdir(), "canon-audit-bench-"));
  try {
    return await runWorker(`file:${path.join(dir, "audit.db")}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function onPostgres(serverUrl: string): Promise<WorkerResult> {
  const name = `canon_audit_bench_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    return await runWorker(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

const results = [await onSqlite()];
const cfg = config();
if (cfg.databaseProvider === "postgresql") results.push(await onPostgres(cfg.databaseUrl));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const s = (ms: number) => `${(ms / 1000).toFixed(2)}s`;
console.log(
  `\nAudit chain verification — ${EVENTS.toLocaleString("en")} events (records of ~${sampleRecordLength()} bytes), median of ${RUNS} runs (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)\n`,
);
console.log(`${"store".padEnd(11)} ${"build".padStart(8)} ${"verify".padStart(8)} ${"events/s".padStart(10)} ${"cpu".padStart(8)}  runs (wall)`);
for (const r of results) {
  const m = median(r.runsMs);
  console.log(
    `${r.provider.padEnd(11)} ${s(r.buildMs).padStart(8)} ${s(m).padStart(8)} ${Math.round((r.events / m) * 1000)
      .toLocaleString("en")
      .padStart(10)} ${s(median(r.cpuMs)).padStart(8)}  ${r.runsMs.map(s).join(" ")}`,
  );
}
const TARGETS_MS: Record<string, number> = { sqlite: 2_000, postgresql: 3_000 };
if (EVENTS === 200_000) {
  console.log("");
  for (const r of results) {
    const m = median(r.runsMs);
    const target = TARGETS_MS[r.provider]!;
    console.log(`${r.provider} target: 200k events verified in under ${s(target)} — ${m <= target ? "met" : "NOT met"}`);
    if (m > target) process.exitCode = 1;
  }
}
