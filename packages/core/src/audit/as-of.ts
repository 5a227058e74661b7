// The as-of readers: the state of any audited subject at any instant, rebuilt from the audit trail.
// Every event's `after` is the subject's whole record (null when it was removed), so the state at an
// instant is the `after` of the subject's last event at or before it. These are the readers reports use
// ("as of D", not today's rows relabelled); `reconcileAuditTrail` checks them against the live tables.
//
// An instant maps to a position in the chain: the last seq whose event was written at or before it.
// Events are stamped under the chain head's lock, in seq order, so createdAt rises with seq.
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
export async function seqAt(organizationId: string, at: Date): Promise<number> {
  const { _max } = await reader().auditEvent.aggregate({ where: { organizationId, createdAt: { lte: at } }, _max: { seq: true } });
  return _max.seq ?? 0;
}

/** Beyond any seq (the column is a 32-bit integer on PostgreSQL). */
const END_OF_CHAIN = 2_147_483_647;

const parse = (text: string | null): Row | null => (text === null ? null : (JSON.parse(text) as Row));

/** One subject's state at `at` (default: now). */
export async function recordAsOf(organizationId: string, subjectType: SubjectType, subjectId: string, at?: Date): Promise<AsOfRecord> {
  const upTo = at ? await seqAt(organizationId, at) : END_OF_CHAIN;
  const last = await reader().auditEvent.findFirst({
    where: { organizationId, subjectType, subjectId, seq: { lte: upTo } },
    orderBy: { seq: "desc" },
    select: { seq: true, action: true, after: true, createdAt: true },
  });
  return { subjectType, subjectId, record: parse(last?.after ?? null), seq: last?.seq ?? null, action: last?.action ?? null, changedAt: last?.createdAt ?? null };
}

/** Every subject of a type that existed at `at` (default: now), by id. One statement. */
export async function recordsAsOf(organizationId: string, subjectType: SubjectType, at?: Date): Promise<Map<string, Row>> {
  const upTo = at ? await seqAt(organizationId, at) : END_OF_CHAIN;
  const rows = await reader().$queryRaw<{ subjectId: string; after: string | null }[]>`
    SELECT "subjectId", "after" FROM (
      SELECT "subjectId", "after", ROW_NUMBER() OVER (PARTITION BY "subjectId" ORDER BY "seq" DESC) AS "rank"
      FROM "AuditEvent"
      WHERE "organizationId" = ${organizationId} AND "subjectType" = ${subjectType} AND "seq" <= ${upTo}
    ) AS "latest"
    WHERE "rank" = 1`;
  const out = new Map<string, Row>();
  for (const r of rows) if (r.after !== null) out.set(r.subjectId, parse(r.after)!);
  return out;
}
