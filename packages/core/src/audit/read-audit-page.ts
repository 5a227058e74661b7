// Reads an organisation's audit chain for replaying it: every event, page by page in seq order, and the
// chain head, all from ONE read snapshot, so the head and the events agree unless someone tampered.
//
// A replay reads every byte of the trail (over 300 MB for 200k events of whole records), so it does not
// go through Prisma: turning each row into an object through the client cost more than reading and
// hashing it (200k events on SQLite, one thread: 3.4 s with plain rows through Prisma, 1.7 s here), and
// having the database aggregate a page into one JSON array or one framed string cost more still
// (escaping and concatenating the payloads in SQL is slower than reading the rows). Instead a replay opens its own short-lived,
// read-only connection with the store's driver, reads plain rows as arrays of raw values, and closes it
// when done. It never writes.
//
// The stored values are decoded defensively: a column holding something else than the writer wrote
// (text where a number belongs, an instant out of range, NULL in a text column) is reported as a
// malformed event, never thrown, so verification names the event instead of failing.
import Database from "better-sqlite3";
import pg from "pg";
import { config } from "@canon/config";
import { T } from "../sql/names";
import type { HashedFields } from "./canonical";

export interface StoredAuditEvent extends HashedFields {
  id: string;
  prevHash: string;
  hash: string;
}

/** An event whose stored values cannot be what the writer wrote. */
export interface MalformedAuditEvent {
  id: string | null;
  /** NaN when the stored seq itself is not an integer. */
  seq: number;
  malformed: string;
}

export type ReadAuditEvent = StoredAuditEvent | MalformedAuditEvent;

export interface AuditChainSnapshot {
  /**
   * Visits the events with from <= seq <= to (to may be Infinity) in seq order, until `visit` returns
   * false. Stops at the first page that comes back short. `visit` must not throw.
   */
  scan(from: number, to: number, visit: (event: ReadAuditEvent) => boolean): Promise<void>;
  /** The stored id and hash of one event, unchecked (null when there is no event at that seq). */
  event(seq: number): Promise<{ id: unknown; hash: unknown } | null>;
  /** The chain head as stored (seq and hash unchecked), or null when the organisation has none. */
  head(): Promise<{ seq: unknown; hash: unknown } | null>;
  close(): Promise<void>;
}

/** Events per statement: pages of a few hundred, so the event loop runs between them (better-sqlite3 blocks). */
const SQLITE_PAGE = 500;
/** Events per statement: rows stream in and are checked as they arrive, so a page is never held whole. */
const POSTGRES_PAGE = 20_000;

// Names from sql/names.ts. Not through Prisma, so not scoped by the tenancy extension: every statement
// names the organisation itself.
const E = T.AuditEvent.c;
const H = T.AuditChainHead.c;
/** The columns read, in this order (decode() reads them by index). */
const COLUMN_NAMES = [
  "id",
  "seq",
  "actorType",
  "actorId",
  "actorUserId",
  "action",
  "subjectType",
  "subjectId",
  "before",
  "after",
  "context",
  "createdAt",
  "prevHash",
  "hash",
] as const;
const COLUMNS = COLUMN_NAMES.map((c) => E[c]).join(", ");
// A bounded range, not ORDER BY … LIMIT: the planner then never sorts the rest of the chain to find the
// first `limit` (as PostgreSQL did on a freshly loaded table, making a long replay quadratic).
const PAGE_SQL = `SELECT ${COLUMNS} FROM ${T.AuditEvent.name} WHERE ${E.organizationId} = ? AND ${E.seq} >= ? AND ${E.seq} < ? ORDER BY ${E.seq}`;
const HEAD_SQL = `SELECT ${H.seq}, ${H.hash} FROM ${T.AuditChainHead.name} WHERE ${H.organizationId} = ?`;
const EVENT_SQL = `SELECT ${E.id}, ${E.hash} FROM ${T.AuditEvent.name} WHERE ${E.organizationId} = ? AND ${E.seq} = ?`;
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

/** Opens a read snapshot of the configured store for one replay; close() it when done. */
export async function openAuditChainSnapshot(organizationId: string): Promise<AuditChainSnapshot> {
  const { databaseUrl, databaseProvider } = config();
  return databaseProvider === "sqlite" ? sqliteSnapshot(databaseUrl, organizationId) : postgresSnapshot(databaseUrl, organizationId);
}

/** Mapped reads: through pread, page by page, reading a long chain took about four times longer. */
const SQLITE_MMAP_BYTES = 1 << 30;

function sqliteSnapshot(url: string, organizationId: string): AuditChainSnapshot {
  const db = new Database(url.replace(/^file:/, ""), { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    db.pragma(`mmap_size = ${SQLITE_MMAP_BYTES}`);
    // The snapshot starts at the first read of this transaction and lasts until close().
    db.exec("BEGIN");
  } catch (error) {
    db.close();
    throw error;
  }
  const page = db.prepare(PAGE_SQL).raw(true);
  const head = db.prepare(HEAD_SQL).raw(true);
  const event = db.prepare(EVENT_SQL).raw(true);
  return {
    async scan(from, to, visit) {
      for (let start = from; start <= to; start += SQLITE_PAGE) {
        await new Promise((resolve) => setImmediate(resolve)); // let the event loop run between pages
        const end = Math.min(start + SQLITE_PAGE, to + 1);
        const rows = page.all(organizationId, start, end) as unknown[][];
        for (const row of rows) if (!visit(decode(organizationId, row))) return;
        if (rows.length < end - start) return;
      }
    },
    async event(seq) {
      const row = event.get(organizationId, seq) as unknown[] | undefined;
      return row ? { id: row[0], hash: row[1] } : null;
    },
    async head() {
      const row = head.get(organizationId) as unknown[] | undefined;
      return row ? { seq: row[0], hash: row[1] } : null;
    },
    async close() {
      if (db.inTransaction) db.exec("COMMIT");
      db.close();
    },
  };
}

async function postgresSnapshot(url: string, organizationId: string): Promise<AuditChainSnapshot> {
  // Every value as the server's text: no parsing by the driver (instants are decoded here, defensively).
  const asText = { getTypeParser: () => (value: string) => value };
  const client = new pg.Client({ connectionString: url, application_name: "canon-audit-replay", types: asText });
  client.on("error", () => undefined); // a broken connection fails the pending query instead
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  const pageSql = numbered(PAGE_SQL);
  const headSql = numbered(HEAD_SQL);
  const eventSql = numbered(EVENT_SQL);
  const one = async (text: string, values: unknown[]) => (await client.query<unknown[]>({ text, values, rowMode: "array" })).rows[0];
  /** One page, its rows visited as the driver parses them (none accumulated); resolves to [rows, stopped]. */
  const page = (start: number, end: number, visit: (event: ReadAuditEvent) => boolean) =>
    new Promise<[number, boolean]>((resolve, reject) => {
      let rows = 0;
      let stopped = false;
      const config: pg.QueryArrayConfig = { text: pageSql, values: [organizationId, start, end], rowMode: "array" };
      const query = new pg.Query<unknown[]>(config); // (the typings leave rowMode out of Query's own config)
      query.on("row", (row: unknown[]) => {
        rows += 1;
        if (!stopped) stopped = !visit(decode(organizationId, row)); // after a stop, the rest of the page is skipped
      });
      query.on("end", () => resolve([rows, stopped]));
      query.on("error", reject);
      void client.query(query);
    });
  return {
    async scan(from, to, visit) {
      for (let start = from; start <= to; start += POSTGRES_PAGE) {
        const end = Math.min(start + POSTGRES_PAGE, to + 1);
        const [rows, stopped] = await page(start, end, visit);
        if (stopped || rows < end - start) return;
      }
    },
    async event(seq) {
      const row = await one(eventSql, [organizationId, seq]);
      return row ? { id: row[0], hash: row[1] } : null;
    },
    async head() {
      const row = await one(headSql, [organizationId]);
      return row ? { seq: Number(row[0]), hash: row[1] } : null;
    },
    async close() {
      await client.query("COMMIT").catch(() => undefined);
      await client.end().catch(() => undefined);
    },
  };
}

/**
 * The stores write instants as ISO text: with an offset (SQLite, as Prisma writes it) or as UTC without
 * one (PostgreSQL's text form of timestamp(3)). Null for anything that is not a valid instant.
 */
function instant(value: unknown): Date | null {
  let date: Date;
  if (typeof value === "string") {
    // The common case first: 2026-01-02T03:04:05.678+00:00 (SQLite) parses as it is.
    if (value.length === 29 && value.charCodeAt(10) === 84 /* T */ && value.endsWith("+00:00")) date = new Date(value);
    else {
      const iso = value.includes("T") ? value : value.replace(" ", "T");
      date = new Date(/(Z|[+-]\d\d:?\d\d)$/i.test(iso) ? iso : `${iso}Z`);
    }
  } else if (typeof value === "number")
    date = new Date(value); // Prisma also reads SQLite instants stored as epoch ms
  else return null;
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Columns that must hold text, and those that may also be NULL (by index in COLUMNS). */
const TEXT = [0, 2, 5, 6, 12, 13];
const NULLABLE_TEXT = [3, 4, 7, 8, 9, 10];

/** One row (columns in COLUMNS order) as an event, or as malformed with the first reason found. */
function decode(organizationId: string, r: unknown[]): ReadAuditEvent {
  const id = typeof r[0] === "string" ? r[0] : null;
  const seq = typeof r[1] === "string" ? Number(r[1]) : r[1];
  if (typeof seq !== "number" || !Number.isSafeInteger(seq)) {
    // The range read only returns numbers; but SQLite keeps 2.5 in an integer column as it is.
    return { id, seq: Number.NaN, malformed: `stored seq is not an integer (${describe(r[1])})` };
  }
  for (const i of TEXT) if (typeof r[i] !== "string") return { id, seq, malformed: `stored ${COLUMN_NAMES[i]} is not text (${describe(r[i])})` };
  for (const i of NULLABLE_TEXT) {
    if (r[i] !== null && typeof r[i] !== "string") return { id, seq, malformed: `stored ${COLUMN_NAMES[i]} is not text (${describe(r[i])})` };
  }
  const createdAt = instant(r[11]);
  if (!createdAt) return { id, seq, malformed: `stored createdAt is not a valid instant (${describe(r[11])})` };
  // Checked above: the text columns hold text, the nullable ones text or NULL.
  type S = string;
  type N = string | null;
  const [, , actorType, actorId, actorUserId, action, subjectType, subjectId, before, after, context, , prevHash, hash] = r as [
    S,
    unknown,
    S,
    N,
    N,
    S,
    S,
    N,
    N,
    N,
    N,
    unknown,
    S,
    S,
  ];
  return { id: id!, organizationId, seq, actorType, actorId, actorUserId, action, subjectType, subjectId, before, after, context, createdAt, prevHash, hash };
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (Buffer.isBuffer(value)) return `${value.length}-byte blob`;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
