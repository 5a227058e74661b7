// Fresh, empty databases for the contract suite: a temporary SQLite file, or a new PostgreSQL database
// on the machine's server (CANON_TEST_POSTGRES_URL names the server; default 127.0.0.1:5432).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";

export type TestDatabaseKind = "sqlite" | "postgres";

export function testDatabaseKinds(): TestDatabaseKind[] {
  const raw = process.env.CANON_TEST_DATABASES ?? "sqlite,postgres";
  return raw.split(",").map((s) => s.trim()).filter(Boolean) as TestDatabaseKind[];
}

export interface TestDatabase {
  kind: TestDatabaseKind;
  url: string;
  drop(): Promise<void>;
}

const PG_SERVER = process.env.CANON_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export async function createTestDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  if (kind === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "canon-test-"));
    return { kind, url: `file:${path.join(dir, "canon.db")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `canon_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: PG_SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_SERVER);
  url.pathname = `/${name}`;
  return {
    kind,
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: PG_SERVER });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
