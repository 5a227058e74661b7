// Opens the store named by a database URL: SQLite through better-sqlite3, PostgreSQL through pg.
// Both generated clients share one set of model types; the SQLite client's types stand for both.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseDatabaseUrl, type DatabaseProvider } from "@canon/config";
import { PrismaClient as SqliteClient } from "../generated/sqlite/client";
import { PrismaClient as PostgresClient } from "../generated/postgres/client";

export type PrismaDb = SqliteClient;

export interface Database {
  provider: DatabaseProvider;
  url: string;
  /** Reads. On SQLite a separate connection, so readers never see another request's open transaction. */
  reader: PrismaDb;
  /** Transactions. On PostgreSQL the same pooled client as `reader`. */
  writer: PrismaDb;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Called once per SQL statement sent to the database (used to count statements per request). */
  onQuery?: (sql: string) => void;
  /** PostgreSQL pool size. */
  poolSize?: number;
}

const SQLITE_BUSY_TIMEOUT_MS = 10_000;

export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/, "");
}

/**
 * WAL lets readers and the writer work side by side; it is a property of the file, set once.
 * `PRAGMA optimize` refreshes the planner's statistics where tables have grown or shrunk a lot since
 * they were last analysed. Without statistics SQLite may prefer the (organizationId, …) indexes over a
 * primary key for `id IN (…) AND organizationId = ?`, which scans a whole tenant.
 */
function prepareSqliteFile(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  db.pragma("journal_mode = WAL");
  db.pragma("optimize = 0x10002");
  db.close();
}

function withQueryLog(client: PrismaDb, onQuery?: (sql: string) => void): PrismaDb {
  if (onQuery) (client as any).$on("query", (event: { query: string }) => onQuery(event.query));
  return client;
}

/**
 * The adapter starts transactions with a plain (deferred) BEGIN: the transaction reads from a snapshot
 * and asks for the write lock only at its first write. In WAL mode, if another connection (a job's
 * worker thread, another process) committed in between, that upgrade fails at once with SQLITE_BUSY,
 * without waiting: the busy timeout cannot help, since the snapshot is stale. A write transaction that
 * reads first (most use cases do) then fails with "Operation has timed out". BEGIN IMMEDIATE takes the
 * write lock before the first read, waiting up to the busy timeout for it.
 */
function immediateTransactions(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const client = (adapter as unknown as { client: { prepare(sql: string): unknown } }).client;
    const prepare = client.prepare.bind(client);
    client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
    return adapter;
  };
  return factory;
}

function sqliteClient(url: string, onQuery?: (sql: string) => void, writer = false): PrismaDb {
  const factory = new PrismaBetterSQLite3({ url, timeout: SQLITE_BUSY_TIMEOUT_MS } as any);
  const adapter = writer ? immediateTransactions(factory) : factory;
  const client = new SqliteClient({
    adapter,
    log: onQuery ? [{ emit: "event", level: "query" }] : [],
    transactionOptions: { maxWait: 20_000, timeout: 20_000 },
  });
  return withQueryLog(client, onQuery);
}

export function openDatabase(rawUrl: string, options: OpenOptions = {}): Database {
  const { url, provider } = parseDatabaseUrl(rawUrl);
  if (provider === "sqlite") {
    prepareSqliteFile(sqliteFilePath(url));
    const reader = sqliteClient(url, options.onQuery);
    const writer = sqliteClient(url, options.onQuery, true);
    return {
      provider,
      url,
      reader,
      writer,
      async close() {
        await Promise.all([reader.$disconnect(), writer.$disconnect()]);
      },
    };
  }
  const adapter = new PrismaPg({ connectionString: url, max: options.poolSize ?? 10 });
  const client = new PostgresClient({
    adapter,
    log: options.onQuery ? [{ emit: "event", level: "query" }] : [],
    transactionOptions: { maxWait: 20_000, timeout: 20_000 },
  }) as unknown as PrismaDb;
  withQueryLog(client, options.onQuery);
  return { provider, url, reader: client, writer: client, close: () => client.$disconnect() };
}
