// Replays an organisation's audit chain and reports the first event that does not verify.
import type { Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { auditHash, GENESIS_HASH } from "./canonical";
import { openAuditChainSnapshot, type AuditChainSnapshot, type ReadAuditEvent } from "./read-audit-page";

export interface ChainVerification {
  valid: boolean;
  /** Events that verify: all of them, or those before the first broken one. */
  eventCount: number;
  headSeq: number;
  firstBrokenSeq: number | null;
  firstBrokenEventId: string | null;
  reason: string | null;
}

export interface ChainReplay extends ChainVerification {
  /** The verified hash of the event at `capture.seq` (null when the chain breaks before it or ends first). */
  capturedHash: string | null;
}

export async function verifyAuditChain(opts: { actor: Actor }): Promise<ChainVerification> {
  authorize(opts.actor, Permission.AUDIT_READ);
  const { capturedHash: _, ...verification } = await replayAuditChain(opts.actor.organizationId);
  return verification;
}

/**
 * Each event must carry the next sequence number, link to the previous event's hash, and hash to its
 * stored hash; the chain head must then agree with the last event. Events and head come from one read
 * snapshot, so events appended meanwhile are simply not part of this replay. Nothing about the stored
 * rows is trusted: a value that cannot be decoded is a broken event, not an error.
 */
export async function replayAuditChain(organizationId: string, capture?: { seq: number }): Promise<ChainReplay> {
  const snapshot = await openAuditChainSnapshot(organizationId);
  try {
    return await replay(snapshot, capture?.seq ?? 0);
  } finally {
    await snapshot.close();
  }
}

async function replay(snapshot: AuditChainSnapshot, captureSeq: number): Promise<ChainReplay> {
  let prevHash = GENESIS_HASH;
  let prevId: string | null = null;
  let expectedSeq = 1;
  let capturedHash: string | null = null;
  let failure: Omit<ChainVerification, "headSeq" | "valid" | "eventCount"> | null = null;
  const broken = (seq: number, id: string | null, reason: string) => {
    failure = { firstBrokenSeq: seq, firstBrokenEventId: id, reason };
    return false;
  };

  /** Checks one event against the chain so far; false (and `failure` set) at the first break. */
  const check = (e: ReadAuditEvent): boolean => {
    if ("malformed" in e) {
      if (Number.isNaN(e.seq) || e.seq === expectedSeq) return broken(expectedSeq, e.id, e.malformed);
      return broken(expectedSeq, null, `event ${expectedSeq} is missing`);
    }
    if (e.seq !== expectedSeq) return broken(expectedSeq, null, `event ${expectedSeq} is missing`);
    let hash: string;
    try {
      hash = auditHash(e, e.prevHash);
    } catch (error) {
      // Decoding checked every value the hash reads; this guard keeps a surprise a verdict, not a crash.
      return broken(e.seq, e.id, `event cannot be hashed: ${(error as Error).message}`);
    }
    if (e.prevHash !== prevHash) {
      // The event is intact as written (its hash covers the link it recorded), so the preceding event
      // was rewritten afterwards, hash recomputed: that is the first tampered event.
      if (hash === e.hash && prevId) return broken(e.seq - 1, prevId, "event was rewritten: its hash is not the one the next event links to");
      return broken(e.seq, e.id, "previous-hash link does not match the preceding event");
    }
    if (hash !== e.hash) return broken(e.seq, e.id, "event content does not match its hash");
    prevHash = e.hash;
    prevId = e.id;
    if (e.seq === captureSeq) capturedHash = e.hash;
    expectedSeq += 1;
    return true;
  };

  await snapshot.scan(check);
  const head = await snapshot.head();
  const headIntact = !head || (Number.isSafeInteger(head.seq) && typeof head.hash === "string");
  const headSeq = head && headIntact ? (head.seq as number) : 0;
  const count = expectedSeq - 1;
  if (!failure) {
    if (!headIntact) broken(Math.max(count, 1), count ? prevId : null, `the chain head is malformed (seq ${String(head!.seq)})`);
    else if (headSeq > count) broken(expectedSeq, null, `event ${expectedSeq} is missing (the chain head is at ${headSeq})`);
    else if (headSeq < count) broken(headSeq + 1, null, `the chain head is at ${headSeq} but ${count} events exist`);
    else if (count > 0 && head!.hash !== prevHash) broken(count, prevId, "event was rewritten: its hash is not the one the chain head records");
  }
  if (!failure) return { valid: true, eventCount: count, headSeq, firstBrokenSeq: null, firstBrokenEventId: null, reason: null, capturedHash };
  const { firstBrokenSeq, firstBrokenEventId, reason } = failure;
  return { valid: false, eventCount: firstBrokenSeq - 1, headSeq, firstBrokenSeq, firstBrokenEventId, reason, capturedHash };
}
