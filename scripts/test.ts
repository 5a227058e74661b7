// npm test — every tier in one run of node's test runner:
//   unit tests next to the code (packages/*/src, apps/*/src), the API contract suite on SQLite and on
//   PostgreSQL (test/contract), and browser tests of the portal (test/e2e).
// Before the runner starts, each store is migrated once into a template database and one API server per
// store is started on a copy of it (test/support/run-resources.ts): test files copy the template instead
// of migrating, and most contract suites create their own organisations on the shared server instead of
// starting one. Both are cleaned up at the end.
// Ends with node's summary and a plain "N passed, N failed" line.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { testDatabaseKinds } from "../test/support/databases/kinds";
import { prepareRunResources } from "../test/support/run-resources";

const ROOT = path.resolve(import.meta.dirname, "..");

function findTests(dir: string, out: string[] = []): string[] {
  let entries: string[] = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (name === "node_modules" || name === ".next" || name === "generated") continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) findTests(full, out);
    else if (name.endsWith(".test.ts")) out.push(path.relative(ROOT, full));
  }
  return out;
}

async function checkPostgres(): Promise<void> {
  if (!testDatabaseKinds().includes("postgres")) return;
  const url = process.env.CANON_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    console.error(`PostgreSQL is required for the contract suite but ${url} is not reachable: ${(error as Error).message}`);
    console.error("Start it (pg_ctlcluster --skip-systemctl-redirect 15 main start) or set CANON_TEST_DATABASES=sqlite locally.");
    process.exit(1);
  } finally {
    await client.end().catch(() => undefined);
  }
}

// Started first: the longest files, so that none of them is left running alone at the end of the run.
const LONGEST_FIRST = ["test/e2e/", "audit-long-chain", "approvals-crash", "audit-checkpoint", "webhooks-restart", "audit-verify-cli"];
const rank = (file: string) => {
  const i = LONGEST_FIRST.findIndex((needle) => file.includes(needle));
  return i === -1 ? LONGEST_FIRST.length : i;
};

const filter = process.argv.slice(2);
const files = [...["packages", "apps"].flatMap((d) => findTests(path.join(ROOT, d))), ...findTests(path.join(ROOT, "test"))]
  .filter((f) => filter.length === 0 || filter.some((needle) => f.includes(needle)))
  .sort((a, b) => rank(a) - rank(b));

await checkPostgres();
const tapFile = path.join(tmpdir(), `canon-test-${process.pid}.tap`);
console.log(`Running ${files.length} test files`);
// Unit tests alone need no database.
const resources = files.some((f) => f.startsWith("test/")) ? await prepareRunResources(testDatabaseKinds()) : undefined;
const child = spawn(
  process.execPath,
  [
    "--import",
    "tsx",
    "--test",
    "--test-concurrency=2",
    "--test-reporter=spec",
    "--test-reporter-destination=stdout",
    "--test-reporter=tap",
    `--test-reporter-destination=${tapFile}`,
    ...files,
  ],
  { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...resources?.env } },
);
// Ctrl-C reaches the runner too; wait for it to end, then clean up.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
const code: number = await new Promise((resolve) => child.on("exit", (c, signal) => resolve(c ?? (signal ? 1 : 0))));
await resources?.cleanup();
let passed = 0;
let failed = 0;
try {
  const tap = readFileSync(tapFile, "utf8");
  passed = Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0);
  failed = Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0) + Number(/^# cancelled (\d+)/m.exec(tap)?.[1] ?? 0);
  rmSync(tapFile, { force: true });
} catch {
  failed = Math.max(failed, 1);
}
if (code !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(code !== 0 || failed > 0 || passed === 0 ? 1 : 0);
