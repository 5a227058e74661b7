// The Job table as a lease store for the shared runner (lease-runner.ts).
//
// Claimable: QUEUED jobs whose runAfter has passed, and RUNNING jobs whose lease ran out (their runner
// died or hung). A claim is a conditional UPDATE that requires the status, attempt count and lease end
// the job was read with, sets RUNNING, counts the attempt and names this runner as the lease owner until
// now + lease. Every later write of the attempt (heartbeat, progress, outcome) requires
// (RUNNING, leaseOwner, attempts): a runner that lost its lease matches nothing, and since `attempts`
// only grows, an old token never matches again.
//
// An expired lease on the last attempt, or on a job whose cancellation was requested, is not run again:
// the job is FAILED (or CANCELLED) by whoever finds it.
//
// All of this is runner bookkeeping and is not audited. The claim reads and writes across
// organisations; everything about one job runs in that job's organisation scope.
import { JobStatus, type Prisma } from "@canon/db";
import { database } from "../shared/database";
import { acrossOrganizations, withinOrganization } from "../shared/tenancy";
import { writeTransaction } from "../shared/transaction";
import type { JsonValue } from "./job-context";
import { discardOutput, prepareOutput, type OutputRow, type PreparedOutput } from "./job-output-store";
import type { Lease, LeaseStore, Renewal, Settlement } from "./lease-runner";

export interface ClaimedJob {
  id: string;
  organizationId: string;
  kind: string;
  input: unknown;
  requestedById: string | null;
  owner: string;
}

/** What an attempt produced or why it failed. */
export interface JobAttemptValue {
  result?: JsonValue;
  /** A file to store (from a job run in the API process). */
  output?: { fileName: string; contentType: string; bytes: Uint8Array };
  /** A file a worker thread already stored: the row that names it. */
  stored?: OutputRow;
  error?: string;
}

export interface ProgressPatch {
  progressPercent: number;
  progressPhase: string | null;
}

const CANDIDATE = {
  id: true,
  organizationId: true,
  kind: true,
  input: true,
  status: true,
  attempts: true,
  maxAttempts: true,
  leaseUntil: true,
  startedAt: true,
  requestedById: true,
  cancelRequestedAt: true,
} as const;

/** The write token of a claimed attempt. */
function held(lease: Lease<ClaimedJob>) {
  return { id: lease.id, status: JobStatus.RUNNING, leaseOwner: lease.item.owner, attempts: lease.attempt };
}

function errorText(value: JobAttemptValue | undefined, fallback: string): string {
  return (value?.error ?? fallback).slice(0, 4_000);
}

export function jobLeases(kinds: () => string[]): LeaseStore<ClaimedJob, JobAttemptValue, ProgressPatch> {
  return {
    async claim(limit, owner, leaseMs) {
      const names = kinds();
      if (names.length === 0) return { claimed: [], more: false };
      return acrossOrganizations("job runner claim", async () => {
        const now = new Date();
        const due = await database().reader.job.findMany({
          where: {
            kind: { in: names },
            OR: [
              { status: JobStatus.QUEUED, runAfter: { lte: now } },
              { status: JobStatus.RUNNING, leaseUntil: { lt: now } },
            ],
          },
          orderBy: [{ runAfter: "asc" }, { id: "asc" }],
          take: limit,
          select: CANDIDATE,
        });
        if (due.length === 0) return { claimed: [], more: false };
        const claimed = await writeTransaction(async (tx) => {
          const mine: Lease<ClaimedJob>[] = [];
          for (const job of due) {
            const token = { id: job.id, status: job.status, attempts: job.attempts, leaseUntil: job.leaseUntil };
            const at = new Date();
            const expired = job.status === JobStatus.RUNNING;
            if (expired && (job.cancelRequestedAt || job.attempts >= job.maxAttempts)) {
              await tx.job.updateMany({
                where: token,
                data: job.cancelRequestedAt
                  ? { status: JobStatus.CANCELLED, finishedAt: at, leaseUntil: null }
                  : {
                      status: JobStatus.FAILED,
                      finishedAt: at,
                      leaseUntil: null,
                      error: `abandoned: the runner of attempt ${job.attempts} of ${job.maxAttempts} stopped (its lease expired)`,
                    },
              });
              continue;
            }
            const data: Prisma.JobUpdateManyMutationInput = {
              status: JobStatus.RUNNING,
              attempts: job.attempts + 1,
              leaseOwner: owner,
              leaseUntil: new Date(at.getTime() + leaseMs),
              startedAt: job.startedAt ?? at,
              progressPercent: 0,
              progressPhase: null,
              ...(expired ? { error: `attempt ${job.attempts}: its runner stopped (the lease expired); retried` } : {}),
            };
            const res = await tx.job.updateMany({ where: token, data });
            if (res.count !== 1) continue; // another instance claimed it first
            mine.push({
              id: job.id,
              attempt: job.attempts + 1,
              maxAttempts: job.maxAttempts,
              item: { id: job.id, organizationId: job.organizationId, kind: job.kind, input: job.input, requestedById: job.requestedById, owner },
            });
          }
          return mine;
        });
        return { claimed, more: due.length >= limit };
      });
    },

    async renew(lease, leaseMs, patch): Promise<Renewal> {
      return withinOrganization(lease.item.organizationId, () =>
        writeTransaction(async (tx) => {
          const res = await tx.job.updateMany({ where: held(lease), data: { leaseUntil: new Date(Date.now() + leaseMs), ...patch } });
          if (res.count !== 1) return "lost";
          const row = await tx.job.findUnique({ where: { id: lease.id }, select: { cancelRequestedAt: true } });
          return row?.cancelRequestedAt ? "cancel" : "held";
        }),
      );
    },

    async settle(lease, s: Settlement<JobAttemptValue>) {
      const now = new Date();
      const job = { id: lease.id, organizationId: lease.item.organizationId };
      const stored = s.kind === "released" ? undefined : s.value?.stored;
      let output: PreparedOutput | undefined;
      if (s.kind === "succeeded" && stored) output = { row: stored, discard: () => discardOutput(job, lease.attempt, stored) };
      else if (s.kind === "succeeded" && s.value.output) output = await prepareOutput(job, lease.attempt, s.value.output);
      else if (stored) await discardOutput(job, lease.attempt, stored); // stored, but the attempt is not recorded as a success
      const ended = { leaseUntil: null, finishedAt: now };
      let data: Prisma.JobUpdateManyMutationInput;
      switch (s.kind) {
        case "succeeded":
          data = { ...ended, status: JobStatus.SUCCEEDED, progressPercent: 100, result: (s.value.result ?? undefined) as Prisma.InputJsonValue | undefined };
          break;
        case "retry":
          data = { status: JobStatus.QUEUED, leaseUntil: null, runAfter: s.at, error: errorText(s.value, "failed") };
          break;
        case "failed":
          data = { ...ended, status: JobStatus.FAILED, error: errorText(s.value, "failed") };
          break;
        case "cancelled":
          data = { ...ended, status: JobStatus.CANCELLED };
          break;
        case "released":
          // Stopping: the attempt did not fail, so it is not counted.
          data = { status: JobStatus.QUEUED, leaseUntil: null, runAfter: now, attempts: lease.attempt - 1 };
          break;
      }
      const recorded = await withinOrganization(lease.item.organizationId, () =>
        writeTransaction(async (tx) => {
          const res = await tx.job.updateMany({ where: held(lease), data });
          if (res.count !== 1) return false;
          // select: without it the stored bytes are read back and converted on the main thread (a stall of ~0.5 s for 5 MB).
          if (output) await tx.jobOutput.create({ data: { jobId: lease.id, ...output.row }, select: { jobId: true } });
          // Pieces left by an earlier attempt that died between storing its output and recording it.
          if (output) await tx.jobOutputChunk.deleteMany({ where: { jobId: lease.id, attempt: { not: lease.attempt } } });
          return true;
        }),
      );
      if (!recorded) await output?.discard();
      return recorded;
    },
  };
}
