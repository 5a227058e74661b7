// Which stretch of the chain an export between two instants holds: the first event written at or after
// `from` to the last written at or before `to` (events are stamped in seq order under the chain head's
// lock, see as-of.ts, so this is the range of instants), never past the chain head of the export's
// snapshot. Always a continuous run of seqs, so it verifies on its own. The anchor is what the first
// event links to (its stored prevHash); for an empty range, the event just before where it would start.
import type { AuditChainPoint } from "@canon/reports";
import { GENESIS_HASH } from "../../audit/canonical";
import type { AuditChainSnapshot } from "../../audit/read-audit-page";
import { CanonError, ErrorCode } from "../../shared/errors";
import { reader } from "../../shared/transaction";

export interface AuditExportRange {
  /** First and last seq exported; last = first - 1 when the range holds no event. */
  first: number;
  last: number;
  anchor: AuditChainPoint;
  chainHead: AuditChainPoint;
}

const HEX64 = /^[0-9a-f]{64}$/;
const malformed = (what: string) => new CanonError(ErrorCode.PRECONDITION_FAILED, `${what} is malformed; npm run audit:verify reports the chain's state`);

/** The snapshot's chain head (seq 0 and the genesis hash before the first event). */
export async function chainHeadOf(snapshot: Pick<AuditChainSnapshot, "head">): Promise<AuditChainPoint> {
  const head = await snapshot.head();
  if (!head) return { seq: 0, hash: GENESIS_HASH };
  if (typeof head.seq !== "number" || !Number.isSafeInteger(head.seq) || typeof head.hash !== "string" || !HEX64.test(head.hash))
    throw malformed("the audit chain head");
  return { seq: head.seq, hash: head.hash };
}

/** Call inside the organisation's scope. */
export async function auditExportRange(snapshot: Pick<AuditChainSnapshot, "head" | "event">, from: Date, to: Date): Promise<AuditExportRange> {
  const chainHead = await chainHeadOf(snapshot);
  const db = reader();
  const upToHead = { seq: { lte: chainHead.seq } };
  const [{ _min }, { _max }] = await Promise.all([
    db.auditEvent.aggregate({ where: { ...upToHead, createdAt: { gte: from } }, _min: { seq: true } }),
    db.auditEvent.aggregate({ where: { ...upToHead, createdAt: { lte: to } }, _max: { seq: true } }),
  ]);
  const first = _min.seq ?? chainHead.seq + 1;
  const last = Math.max(_max.seq ?? 0, first - 1);
  if (last >= first) {
    const event = await db.auditEvent.findFirst({ where: { seq: first }, select: { prevHash: true } });
    if (!event || !HEX64.test(event.prevHash)) throw malformed(`audit event ${first}`);
    return { first, last, anchor: { seq: first - 1, hash: event.prevHash }, chainHead };
  }
  const before = first - 1;
  if (before === 0) return { first, last, anchor: { seq: 0, hash: GENESIS_HASH }, chainHead };
  const stored = await snapshot.event(before);
  if (!stored || typeof stored.hash !== "string" || !HEX64.test(stored.hash)) throw malformed(`audit event ${before}`);
  return { first, last, anchor: { seq: before, hash: stored.hash }, chainHead };
}
