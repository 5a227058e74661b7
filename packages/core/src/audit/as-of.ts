// The as-of readers: the state of any audited subject at any instant, rebuilt from the audit trail.
// Every event's `after` is the subject's whole record (null when it was removed), so the state at an
// instant is the `after` of the subject's last event at or before it. These are the readers reports use
// ("as of D", not today's rows relabelled); `reconcileAuditTrail` checks them against the live tables.
//
// An instant maps to a position in the chain: the last seq whose event was written at or before it.
// Events are stamped under the chain head's lock, in seq order, so createdAt rises with seq.
//
// Library functions (reports and use cases call them with the organisation): each runs in that
// organisation's scope, which it opens itself (the same scope as the caller's, or none yet).
import { sqlId, T } from "../sql/names";
import { withinOrganization } from "../shared/tenancy";
import { reader } from "../shared/transaction";
import type { SubjectType } from "./subject-records";

type Row = Record<string, unknown>;

export interface AsOfRecord {
  subjectType: SubjectType;
  subjectId: string;
  /** The record at the instant; null when the subject did not exist (yet, or any more). */
  record: Row | null;
  /** The event that set it (null when the trail has none up to the instant). */
  seq: number | null;
  action: string | null;
  changedAt: Date | null;
}

/** The last seq of the organisation's chain written at or before `at` (0: none). */
export function seqAt(organizationId: string, at: Date): Promise<number> {
  return withinOrganization(organizationId, async () => {
    const { _max } = await reader().auditEvent.aggregate({ where: { createdAt: { lte: at } }, _max: { seq: true } });
    return _max.seq ?? 0;
  });
}

/** Beyond any seq (the column is a 32-bit integer on PostgreSQL). */
const END_OF_CHAIN = 2_147_483_647;

const parse = (text: string | null): Row | null => (text === null ? null : (JSON.parse(text) as Row));

/** One subject's state at `at` (default: now). */
export function recordAsOf(organizationId: string, subjectType: SubjectType, subjectId: string, at?: Date): Promise<AsOfRecord> {
  return withinOrganization(organizationId, async () => {
    const upTo = at ? await seqAt(organizationId, at) : END_OF_CHAIN;
    const last = await reader().auditEvent.findFirst({
      where: { subjectType, subjectId, seq: { lte: upTo } },
      orderBy: { seq: "desc" },
      select: { seq: true, action: true, after: true, createdAt: true },
    });
    return {
      subjectType,
      subjectId,
      record: parse(last?.after ?? null),
      seq: last?.seq ?? null,
      action: last?.action ?? null,
      changedAt: last?.createdAt ?? null,
    };
  });
}

const E = T.AuditEvent.c;

/** A record as of an instant with the event that set it (which revision of the trail, and when). */
export interface RecordVersion {
  record: Row;
  seq: number;
  changedAt: Date;
}

/**
 * An instant, or the position in the chain it maps to (`seqAt`): readers of many subject types at one
 * instant compute the position once and pass it, instead of each looking it up again.
 */
export type AsOf = Date | { seq: number };

async function positionOf(organizationId: string, at: AsOf | undefined): Promise<number> {
  if (!at) return END_OF_CHAIN;
  return at instanceof Date ? seqAt(organizationId, at) : at.seq;
}

/** How a reader of many records keeps memory bounded: it reads the trail in pages and retains only what `keep` accepts. */
export interface ReadOptions {
  /** Which records to retain (default: all); the others are dropped page by page. */
  keep?: (record: Row) => boolean;
  /** Subjects per statement (default AS_OF_PAGE_SIZE). */
  pageSize?: number;
}

/** Subjects per statement: one page of `after` texts is all a read holds besides what it keeps. */
export const AS_OF_PAGE_SIZE = 2_000;

type LatestRow = { subjectId: string; after: string | null; seq: number | bigint; createdAt: Date | string | number };

/**
 * Every subject of a type that existed at `at` (default: now), by id, with the event that set each. Pages
 * of AS_OF_PAGE_SIZE subjects in subject order: each subject's last event up to the position, found
 * through the (organisation, subject type, subject, seq) index.
 */
export function recordVersionsAsOf(
  organizationId: string,
  subjectType: SubjectType,
  at?: AsOf,
  options: ReadOptions = {},
): Promise<Map<string, RecordVersion>> {
  return withinOrganization(organizationId, async () => {
    const upTo = await positionOf(organizationId, at);
    const out = new Map<string, RecordVersion>();
    const pageSize = Math.max(1, Math.floor(options.pageSize ?? AS_OF_PAGE_SIZE));
    let after = "";
    for (;;) {
      // Raw SQL is not scoped by the extension: the organisation is a condition of its own.
      const rows = await reader().$queryRaw<LatestRow[]>`
        SELECT e.${sqlId(E.subjectId)}, e.${sqlId(E.after)}, e.${sqlId(E.seq)}, e.${sqlId(E.createdAt)}
        FROM ${sqlId(T.AuditEvent.name)} AS e
        WHERE e.${sqlId(E.organizationId)} = ${organizationId} AND e.${sqlId(E.subjectType)} = ${subjectType} AND e.${sqlId(E.subjectId)} > ${after}
          AND e.${sqlId(E.seq)} = (
            SELECT MAX(x.${sqlId(E.seq)}) FROM ${sqlId(T.AuditEvent.name)} AS x
            WHERE x.${sqlId(E.organizationId)} = ${organizationId} AND x.${sqlId(E.subjectType)} = ${subjectType}
              AND x.${sqlId(E.subjectId)} = e.${sqlId(E.subjectId)} AND x.${sqlId(E.seq)} <= ${upTo})
        ORDER BY e.${sqlId(E.subjectId)}
        LIMIT ${pageSize}`;
      for (const r of rows) {
        if (r.after === null) continue;
        const record = parse(r.after)!;
        if (options.keep && !options.keep(record)) continue;
        out.set(r.subjectId, { record, seq: Number(r.seq), changedAt: r.createdAt instanceof Date ? r.createdAt : new Date(r.createdAt) });
      }
      if (rows.length < pageSize) return out;
      after = rows[rows.length - 1]!.subjectId;
    }
  });
}

/** Every subject of a type that existed at `at` (default: now), by id. */
export async function recordsAsOf(organizationId: string, subjectType: SubjectType, at?: AsOf, options?: ReadOptions): Promise<Map<string, Row>> {
  return recordsOf(await recordVersionsAsOf(organizationId, subjectType, at, options));
}

/** The records of versions read with recordVersionsAsOf. */
export function recordsOf(versions: Map<string, RecordVersion>): Map<string, Row> {
  const out = new Map<string, Row>();
  for (const [id, v] of versions) out.set(id, v.record);
  return out;
}
