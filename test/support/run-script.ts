// Runs a fixture script (a statement count of statements/, or the long audit chain) as a child process
// (one `node --import tsx` process) on a fresh copy of the template of `kind`; returns what it printed,
// parsed as JSON.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { createTestDatabase, type TestDatabaseKind } from "./databases/test-database";

const ROOT = path.resolve(import.meta.dirname, "../..");

export async function runScript<T>(script: string, kind: TestDatabaseKind): Promise<T> {
  const db = await createTestDatabase(kind);
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", path.join(ROOT, script)], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: db.url, NODE_ENV: "test", LOG_LEVEL: "warn" },
      maxBuffer: 10_000_000,
    });
    return JSON.parse(stdout) as T;
  } finally {
    await db.drop();
  }
}
