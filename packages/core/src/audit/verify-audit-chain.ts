// Replays an organisation's audit chain and reports the first event that does not verify.
import { config } from "@canon/config";
import { z } from "zod";
import { Permission } from "../shared/permissions";
import { withinOrganization } from "../shared/tenancy";
import { useCase } from "../shared/use-case";
import { openAuditChainSnapshot } from "./read-audit-page";
import { REPLAY_WORKERS, verifySegmentsInWorkers } from "./replay-workers";
import { verifyAuditSegment, type Segment, type SegmentVerdict } from "./verify-audit-segment";

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
  /** The verified hash of the event at `captureSeq` (null when the chain breaks before it or ends first). */
  capturedHash: string | null;
}

export interface ReplayOptions {
  /** Report the verified hash of the event at this seq. */
  captureSeq?: number;
  /** Threads to verify with; default: see defaultWorkers. 1 verifies in-process. */
  workers?: number;
}

/**
 * From this length on, a replay on SQLite is split between worker threads: below it, starting the threads
 * (the first time) costs more than they save. Measured on 2 cores, 200k events: 1.7 s in-process, 1.0 s
 * with two threads. Not on PostgreSQL: the server spends about as much CPU producing the rows (1.6 s) as
 * the client reading and hashing them (2 s), so on a machine that also runs the server, two connections
 * and two threads measured slower (2.5 s) than one stream checked as it arrives (2.1 s). (Where the
 * server has cores of its own, threads would pay on PostgreSQL too.)
 */
const PARALLEL_FROM = 100_000;

const defaultWorkers = (length: number) => (config().databaseProvider === "sqlite" && length >= PARALLEL_FROM ? REPLAY_WORKERS : 1);

/** Replays the caller's organisation's audit chain and reports the first broken event. */
export const verifyAuditChain = useCase({
  permission: Permission.AUDIT_READ,
  // No arguments besides the actor (z.object({}) types its input as Record<string, never>, which refuses the actor).
  input: z.looseObject({}),
  async run({ actor }): Promise<ChainVerification> {
    const { capturedHash: _, ...verification } = await replayAuditChain(actor.organizationId);
    return verification;
  },
});

/**
 * Verifies every event from seq 1 and the chain head (see verify-audit-segment.ts). A short chain is
 * verified here from one read snapshot, so events appended meanwhile are not part of the replay. A long
 * one is cut into consecutive segments verified in parallel, each from its own snapshot: the chain is
 * append-only, so every snapshot taken after the head was read holds the same events up to that head;
 * the last segment, open-ended, reads past it and checks the head of its own snapshot.
 */
export function replayAuditChain(organizationId: string, opts: ReplayOptions = {}): Promise<ChainReplay> {
  return withinOrganization(organizationId, () => replay(organizationId, opts));
}

async function replay(organizationId: string, opts: ReplayOptions): Promise<ChainReplay> {
  const captureSeq = opts.captureSeq ?? 0;
  const snapshot = await openAuditChainSnapshot(organizationId);
  let segments: Segment[] = [{ from: 1, to: Infinity, captureSeq }];
  try {
    const head = await snapshot.head();
    const length = typeof head?.seq === "number" && Number.isSafeInteger(head.seq) ? head.seq : 0;
    const workers = Math.min(opts.workers ?? defaultWorkers(length), Math.max(1, length));
    if (workers === 1) return merge([await verifyAuditSegment(organizationId, segments[0]!, snapshot)], captureSeq);
    const size = Math.ceil(length / workers);
    segments = Array.from({ length: workers }, (_, i) => ({ from: 1 + i * size, to: i === workers - 1 ? Infinity : (i + 1) * size, captureSeq }));
  } finally {
    await snapshot.close();
  }
  let verdicts: SegmentVerdict[];
  try {
    verdicts = await verifySegmentsInWorkers(organizationId, segments);
  } catch {
    // No threads (or one died): the same verification in-process.
    verdicts = [await verifyAuditSegment(organizationId, { from: 1, to: Infinity, captureSeq })];
  }
  return merge(verdicts, captureSeq);
}

/** The chain's verdict from its consecutive segments' verdicts: the first break wins. */
function merge(verdicts: SegmentVerdict[], captureSeq: number): ChainReplay {
  const last = verdicts[verdicts.length - 1]!;
  const failure = verdicts.find((v) => v.failure)?.failure ?? null;
  const captured = failure && failure.seq <= captureSeq ? null : (verdicts.find((v) => v.capturedHash)?.capturedHash ?? null);
  if (!failure) {
    return {
      valid: true,
      eventCount: last.lastSeq,
      headSeq: last.headSeq,
      firstBrokenSeq: null,
      firstBrokenEventId: null,
      reason: null,
      capturedHash: captured,
    };
  }
  return {
    valid: false,
    eventCount: failure.seq - 1,
    headSeq: last.headSeq,
    firstBrokenSeq: failure.seq,
    firstBrokenEventId: failure.id,
    reason: failure.reason,
    capturedHash: captured,
  };
}
