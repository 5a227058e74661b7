// Replays an organisation's audit chain and reports the first event that does not verify.
import type { Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { auditHash, GENESIS_HASH } from "./canonical";

export interface ChainVerification {
  valid: boolean;
  eventCount: number;
  headSeq: number;
  firstBrokenSeq: number | null;
  firstBrokenEventId: string | null;
  reason: string | null;
}

const BATCH = 5_000;

export async function verifyAuditChain(opts: { actor: Actor }): Promise<ChainVerification> {
  authorize(opts.actor, Permission.AUDIT_READ);
  const db = reader();
  const organizationId = opts.actor.organizationId;
  const head = await db.auditChainHead.findUnique({ where: { organizationId } });
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  const broken = (seq: number, id: string | null, reason: string): ChainVerification => ({
    valid: false, eventCount: count, headSeq: head?.seq ?? 0, firstBrokenSeq: seq, firstBrokenEventId: id, reason,
  });
  for (;;) {
    const events = await db.auditEvent.findMany({
      where: { organizationId, seq: { gte: expectedSeq } },
      orderBy: { seq: "asc" },
      take: BATCH,
    });
    for (const e of events) {
      if (e.seq !== expectedSeq) return broken(expectedSeq, null, `event ${expectedSeq} is missing`);
      if (e.prevHash !== prevHash) return broken(e.seq, e.id, "previous-hash link does not match the preceding event");
      if (auditHash(e, prevHash) !== e.hash) return broken(e.seq, e.id, "event content does not match its hash");
      prevHash = e.hash;
      expectedSeq += 1;
      count += 1;
    }
    if (events.length < BATCH) break;
  }
  const headSeq = head?.seq ?? 0;
  if (headSeq !== count) return broken(count + 1, null, `chain head is at ${headSeq} but ${count} events verify`);
  if (head && head.hash !== prevHash && count > 0) return broken(count, null, "chain head hash does not match the last event");
  return { valid: true, eventCount: count, headSeq, firstBrokenSeq: null, firstBrokenEventId: null, reason: null };
}
