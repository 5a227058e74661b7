// Raw SQL on a contract-test database, as someone with the database owner's rights (not through the
// API): what an attacker with access to the store could do. SQL is written with `?` placeholders; on
// PostgreSQL they become $1, $2, ….
import Database from "better-sqlite3";
import pg from "pg";
import type { TestDatabaseKind } from "../../support/databases";

export interface OwnerSql {
  kind: TestDatabaseKind;
  /** Runs a statement; returns the number of rows it changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
  all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs several statements (no parameters). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

export async function openOwnerSql(kind: TestDatabaseKind, databaseUrl: string): Promise<OwnerSql> {
  if (kind === "sqlite") {
    const db = new Database(databaseUrl.replace(/^file:/, ""), { timeout: 10_000 });
    return {
      kind,
      run: async (sql, params = []) => db.prepare(sql).run(...params).changes,
      all: async <T>(sql: string, params: unknown[] = []) => db.prepare(sql).all(...params) as T[],
      exec: async (sql) => void db.exec(sql),
      close: async () => void db.close(),
    };
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  // The suite's own teardown may drop the database (WITH FORCE) before this connection is closed.
  client.on("error", () => undefined);
  return {
    kind,
    run: async (sql, params = []) => (await client.query(numbered(sql), params)).rowCount ?? 0,
    all: async <T>(sql: string, params: unknown[] = []) => (await client.query(numbered(sql), params)).rows as T[],
    exec: async (sql) => void (await client.query(sql)),
    close: () => client.end().catch(() => undefined),
  };
}

/** Removes the append-only triggers of "AuditEvent" (the owner can; the API has no way to). */
export async function dropAuditTriggers(db: OwnerSql): Promise<void> {
  await db.exec(
    db.kind === "sqlite"
      ? `DROP TRIGGER IF EXISTS "AuditEvent_no_update"; DROP TRIGGER IF EXISTS "AuditEvent_no_delete";`
      : `DROP TRIGGER IF EXISTS "AuditEvent_no_update_or_delete" ON "AuditEvent"; DROP TRIGGER IF EXISTS "AuditEvent_no_truncate" ON "AuditEvent";`,
  );
}

/** A parameter holding JSON text for a Json column ("before"/"after"). */
export const jsonParam = (db: OwnerSql) => (db.kind === "sqlite" ? "?" : "?::jsonb");

/**
 * Keeps copies of audit rows so a test can tamper with them and put them back exactly as they were
 * (DELETE + INSERT … SELECT of every column: no value goes through JavaScript).
 */
export async function saveAuditRows(db: OwnerSql, ids: string[]): Promise<() => Promise<void>> {
  const table = `saved_${Math.random().toString(36).slice(2, 10)}`;
  const marks = ids.map(() => "?").join(",");
  await db.exec(`CREATE TEMP TABLE ${table} AS SELECT * FROM "AuditEvent" WHERE 1 = 0`);
  await db.run(`INSERT INTO ${table} SELECT * FROM "AuditEvent" WHERE id IN (${marks})`, ids);
  return async () => {
    await db.run(`DELETE FROM "AuditEvent" WHERE id IN (${marks})`, ids);
    await db.run(`INSERT INTO "AuditEvent" SELECT * FROM ${table}`);
    await db.run(`DROP TABLE ${table}`);
  };
}
