// Template databases: each store is migrated once per test run and every test database is a copy of
// its template (SQLite: a file copy; PostgreSQL: CREATE DATABASE … TEMPLATE). scripts/test.ts creates the
// templates before it starts node's test runner and names them to every test process in
// CANON_TEST_TEMPLATES; a test file run on its own creates its own (see test-database.ts).
import { constants, copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { postgresAdmin, postgresUrl, type TestDatabaseKind } from "./kinds";

export const TEMPLATES_ENV = "CANON_TEST_TEMPLATES";

/** Where each store's template is: the SQLite file, or the PostgreSQL database name. */
export type Templates = Partial<Record<TestDatabaseKind, string>>;

export function templatesFromEnv(): Templates {
  const raw = process.env[TEMPLATES_ENV];
  return raw ? (JSON.parse(raw) as Templates) : {};
}

async function migrate(url: string): Promise<void> {
  const { migrateDatabase } = await import("@canon/db");
  await migrateDatabase(url);
}

/** Creates and migrates a template of `kind`; returns its location (file path or database name). */
export async function createTemplate(kind: TestDatabaseKind): Promise<string> {
  if (kind === "sqlite") {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "canon-template-")), "template.db");
    await migrate(`file:${file}`);
    // The migrator's connection is closed, so the WAL is checkpointed into the file: a plain copy is whole.
    if (existsSync(`${file}-wal`)) throw new Error(`the SQLite template ${file} still has a WAL file`);
    return file;
  }
  const name = `canon_template_${process.pid}_${randomBytes(3).toString("hex")}`; // the pid: see orphans.ts
  await postgresAdmin(`CREATE DATABASE ${name}`);
  try {
    await migrate(postgresUrl(name));
  } catch (error) {
    await dropTemplate(kind, name);
    throw error;
  }
  return name;
}

export async function dropTemplate(kind: TestDatabaseKind, location: string): Promise<void> {
  if (kind === "sqlite") rmSync(path.dirname(location), { recursive: true, force: true });
  else await postgresAdmin(`DROP DATABASE IF EXISTS ${location} WITH (FORCE)`);
}

/** A database of one test (or one shared server): a copy of a template, dropped with drop(). */
export interface TestDatabase {
  kind: TestDatabaseKind;
  url: string;
  drop(): Promise<void>;
}

/** Copies the template at `location` into a new database. */
export async function copyTemplate(kind: TestDatabaseKind, location: string): Promise<TestDatabase> {
  if (kind === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "canon-test-"));
    const file = path.join(dir, "canon.db");
    copyFileSync(location, file, constants.COPYFILE_FICLONE);
    return { kind, url: `file:${file}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `canon_test_${process.pid}_${randomBytes(4).toString("hex")}`; // the pid: see orphans.ts
  await postgresAdmin(`CREATE DATABASE ${name} TEMPLATE ${location}`);
  return { kind, url: postgresUrl(name), drop: () => postgresAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
