// Verifies one stretch of an organisation's audit chain, from one read snapshot: the whole chain (from
// seq 1, open-ended), or one of the segments a long chain is split into to be verified in parallel
// (replay-workers.ts). Each event must carry the next seq, link to the previous event's hash and hash to
// its stored hash. A segment starting after seq 1 links its first event to the stored hash of the event
// before it (the previous segment verifies that one). The open-ended segment, the last, also checks
// that the chain head agrees with its last event.
import { auditHash, GENESIS_HASH } from "./canonical";
import { openAuditChainSnapshot, type AuditChainSnapshot, type ReadAuditEvent } from "./read-audit-page";

export interface Segment {
  from: number;
  /** The last seq of the segment; Infinity for the last segment (up to the end of the chain). */
  to: number;
  /** Report the verified hash of the event at this seq (0: none). */
  captureSeq: number;
}

export interface SegmentBreak {
  seq: number;
  id: string | null;
  reason: string;
}

export interface SegmentVerdict {
  /** The first event of the segment that does not verify (or the head, for the last segment). */
  failure: SegmentBreak | null;
  /** The seq of the last event verified (from - 1 when none). */
  lastSeq: number;
  capturedHash: string | null;
  /** For the last segment: the chain head's seq (0 when there is none or it is malformed). */
  headSeq: number;
}

export async function verifyAuditSegment(organizationId: string, segment: Segment, snapshot?: AuditChainSnapshot): Promise<SegmentVerdict> {
  const own = snapshot ?? (await openAuditChainSnapshot(organizationId));
  try {
    return await check(own, segment);
  } finally {
    if (!snapshot) await own.close();
  }
}

async function check(snapshot: AuditChainSnapshot, { from, to, captureSeq }: Segment): Promise<SegmentVerdict> {
  let prevHash: unknown = GENESIS_HASH;
  let prevId: string | null = null;
  if (from > 1) {
    const before = await snapshot.event(from - 1);
    prevHash = before?.hash; // missing or malformed: the previous segment reports it first
    prevId = typeof before?.id === "string" ? before.id : null;
  }
  let expectedSeq = from;
  let capturedHash: string | null = null;
  let failure: SegmentBreak | null = null;
  const broken = (seq: number, id: string | null, reason: string) => {
    failure = { seq, id, reason };
    return false;
  };

  /** Checks one event against the chain so far; false (and `failure` set) at the first break. */
  const visit = (e: ReadAuditEvent): boolean => {
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

  await snapshot.scan(from, to, visit);
  const lastSeq = expectedSeq - 1;
  if (to !== Infinity) {
    if (!failure && lastSeq < to) broken(expectedSeq, null, `event ${expectedSeq} is missing`);
    return { failure, lastSeq, capturedHash, headSeq: 0 };
  }
  // The last segment: the head (reported even after a break) must name its last event, or none.
  const head = await snapshot.head();
  const headIntact = !head || (Number.isSafeInteger(head.seq) && typeof head.hash === "string");
  const headSeq = head && headIntact ? (head.seq as number) : 0;
  if (failure) return { failure, lastSeq, capturedHash, headSeq };
  if (!headIntact) broken(Math.max(lastSeq, 1), lastSeq ? prevId : null, `the chain head is malformed (seq ${String(head!.seq)})`);
  else if (headSeq > lastSeq) broken(expectedSeq, null, `event ${expectedSeq} is missing`);
  else if (headSeq < lastSeq) broken(headSeq + 1, null, `the chain head is at ${headSeq} but ${lastSeq} events exist`);
  else if (lastSeq > 0 && head!.hash !== prevHash) broken(lastSeq, prevId, "event was rewritten: its hash is not the one the chain head records");
  return { failure, lastSeq, capturedHash, headSeq };
}
