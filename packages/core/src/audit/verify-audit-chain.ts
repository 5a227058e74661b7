// Replays an organisation's audit chain and reports the first event that does not verify.
import type { Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { auditHash, GENESIS_HASH } from "./canonical";
import { readAuditPage, type AuditPage } from "./read-audit-page";

export interface ChainVerification {
  valid: boolean;
  /** Events that verify: all of them, or those before the first broken one. */
  eventCount: number;
  headSeq: number;
  firstBrokenSeq: number | null;
  firstBrokenEventId: string | null;
  reason: string | null;
}

/** Events per read: a 200k-event chain takes 40 statements; a page is a few MB of JSON. */
const BATCH = 5_000;
/** How many times to catch up with events appended while the chain was being read. */
const CATCH_UP_ROUNDS = 10;

export async function verifyAuditChain(opts: { actor: Actor }): Promise<ChainVerification> {
  authorize(opts.actor, Permission.AUDIT_READ);
  return replayChain(opts.actor.organizationId);
}

/**
 * Each event must carry the next sequence number, link to the previous event's hash, and hash to its
 * stored hash; the chain head must agree with the last event. Pages are read by seq (keyset), the next
 * page requested before the current one is hashed. The head is read after the events: an event and its
 * head update commit together, so a head behind the events read means events beyond the head, and a head
 * ahead means events appended meanwhile (read and verified too) or missing at the end.
 */
async function replayChain(organizationId: string): Promise<ChainVerification> {
  const db = reader();
  const page = (fromSeq: number) => readAuditPage(organizationId, fromSeq, BATCH);
  let prevHash = GENESIS_HASH;
  let prevId: string | null = null;
  let expectedSeq = 1;
  let headSeq = 0;
  const broken = (seq: number, id: string | null, reason: string): ChainVerification => ({
    valid: false, eventCount: seq - 1, headSeq, firstBrokenSeq: seq, firstBrokenEventId: id, reason,
  });

  /** Verifies every event from expectedSeq on; returns the first break, if any. */
  async function replayRest(): Promise<ChainVerification | null> {
    let next: Promise<AuditPage> = page(expectedSeq);
    for (;;) {
      const current = await next;
      if (current.size === BATCH) {
        next = page(expectedSeq + BATCH);
        next.catch(() => undefined); // starts the read now; a chain broken in this page never awaits it
      }
      for (const e of current.events()) {
        if (e.seq !== expectedSeq) return broken(expectedSeq, null, `event ${expectedSeq} is missing`);
        const hash = auditHash(e, e.prevHash);
        if (e.prevHash !== prevHash) {
          // The event is intact as written (its hash covers the link it recorded), so the preceding event
          // was rewritten afterwards, hash recomputed: that is the first tampered event.
          if (hash === e.hash && prevId) return broken(e.seq - 1, prevId, "event was rewritten: its hash is not the one the next event links to");
          return broken(e.seq, e.id, "previous-hash link does not match the preceding event");
        }
        if (hash !== e.hash) return broken(e.seq, e.id, "event content does not match its hash");
        prevHash = e.hash;
        prevId = e.id;
        expectedSeq += 1;
      }
      if (current.size < BATCH) return null;
    }
  }

  for (let round = 0; ; round += 1) {
    const failure = await replayRest();
    const head = await db.auditChainHead.findUnique({ where: { organizationId } });
    headSeq = head?.seq ?? 0;
    if (failure) return { ...failure, headSeq };
    const count = expectedSeq - 1;
    if (headSeq < count) return broken(headSeq + 1, null, `the chain head is at ${headSeq} but ${count} events exist`);
    if (headSeq === count) {
      if (count > 0 && head!.hash !== prevHash) return broken(count, prevId, "event was rewritten: its hash is not the one the chain head records");
      return { valid: true, eventCount: count, headSeq, firstBrokenSeq: null, firstBrokenEventId: null, reason: null };
    }
    // The head is ahead: events were appended meanwhile (read on), or the next one is missing.
    const following = await db.auditEvent.findFirst({ where: { organizationId, seq: { gte: expectedSeq } }, orderBy: { seq: "asc" }, select: { seq: true } });
    if (following?.seq !== expectedSeq) return broken(expectedSeq, null, `event ${expectedSeq} is missing (the chain head is at ${headSeq})`);
    if (round === CATCH_UP_ROUNDS) {
      // Writers keep appending faster than this catches up: report what has been verified.
      return { valid: true, eventCount: count, headSeq, firstBrokenSeq: null, firstBrokenEventId: null, reason: null };
    }
  }
}
