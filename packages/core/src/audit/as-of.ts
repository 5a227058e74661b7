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

/** Every subject of a type that existed at `at` (default: now), by id, with the event that set each. One statement. */
export function recordVersionsAsOf(organizationId: string, subjectType: SubjectType, at?: AsOf): Promise<Map<string, RecordVersion>> {
  return withinOrganization(organizationId, async () => {
    const upTo = await positionOf(organizationId, at);
    // Raw SQL is not scoped by the extension: the organisation is a condition of its own.
    const rows = await reader().$queryRaw<{ subjectId: string; after: string | null; seq: number | bigint; createdAt: Date | string | number }[]>`
      SELECT ${sqlId(E.subjectId)}, ${sqlId(E.after)}, ${sqlId(E.seq)}, ${sqlId(E.createdAt)} FROM (
        SELECT ${sqlId(E.subjectId)}, ${sqlId(E.after)}, ${sqlId(E.seq)}, ${sqlId(E.createdAt)}, ROW_NUMBER() OVER (PARTITION BY ${sqlId(E.subjectId)} ORDER BY ${sqlId(E.seq)} DESC) AS "rank"
        FROM ${sqlId(T.AuditEvent.name)}
        WHERE ${sqlId(E.organizationId)} = ${organizationId} AND ${sqlId(E.subjectType)} = ${subjectType} AND ${sqlId(E.seq)} <= ${upTo}
      ) AS "latest"
      WHERE "rank" = 1`;
    const out = new Map<string, RecordVersion>();
    for (const r of rows) {
      if (r.after === null) continue;
      out.set(r.subjectId, { record: parse(r.after)!, seq: Number(r.seq), changedAt: r.createdAt instanceof Date ? r.createdAt : new Date(r.createdAt) });
    }
    return out;
  });
}

/** Every subject of a type that existed at `at` (default: now), by id. One statement. */
export async function recordsAsOf(organizationId: string, subjectType: SubjectType, at?: AsOf): Promise<Map<string, Row>> {
  const versions = await recordVersionsAsOf(organizationId, subjectType, at);
  return new Map([...versions].map(([id, v]) => [id, v.record]));
}
