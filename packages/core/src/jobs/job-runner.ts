// The job runner: the shared lease runner (lease-runner.ts) over the Job table (job-leases.ts), running
// each claimed job's kind — in the API process (`run`) or in a worker thread (`workerModule`) — inside
// the job's organisation scope. Started by the API process next to the webhook dispatcher; any number of
// instances can run it against one database.
//
// - Heartbeats renew the lease every third of it; progress reports (throttled to one write per
//   PROGRESS_WRITE_MS, the last one always written) renew it too. Either is where a cancellation
//   request is noticed: the handler's signal is aborted and its next progress() throws.
// - A handler that throws is retried with exponential backoff until the kind's maxAttempts; a
//   PermanentJobError or a domain error (CanonError) fails the job at once.
// - stop(): running handlers are aborted and their jobs go back to QUEUED without counting the attempt.
//   A process that dies instead leaves its jobs RUNNING until their lease expires; then any instance
//   claims them again (the crash counts as an attempt).
import { config } from "@canon/config";
import { CanonError } from "../shared/errors";
import { withinOrganization } from "../shared/tenancy";
import { retryDelayMs } from "../webhooks/backoff";
import { clampPercent, phaseText, PermanentJobError, type JobContext, type JobOutcome } from "./job-context";
import { findJobKind, registeredJobKinds } from "./job-kinds";
import { jobLeases, type ClaimedJob, type JobAttemptValue, type ProgressPatch } from "./job-leases";
import { runInThread } from "./job-thread";
import { startLeaseRunner, type Attempt, type AttemptResult, type Lease, type LeaseRunner, type RunnerLog } from "./lease-runner";

export const PROGRESS_WRITE_MS = 250;

export interface JobRunnerOptions {
  pollIntervalMs: number;
  leaseMs: number;
  concurrency: number;
  backoffBaseMs: number;
  log?: RunnerLog;
}

export type JobRunner = LeaseRunner;

/** The context handed to a kind's handler; progress writes are throttled, the last one always lands. */
function jobContext(lease: Lease<ClaimedJob>, attempt: Attempt<ProgressPatch>): JobContext & { close(): void } {
  const job = lease.item;
  let latest: ProgressPatch | undefined;
  let lastWrite = 0;
  let trailing: NodeJS.Timeout | undefined;
  const write = async () => {
    if (trailing) clearTimeout(trailing);
    trailing = undefined;
    const patch = latest;
    latest = undefined;
    lastWrite = Date.now();
    if (patch) await attempt.heartbeat(patch);
  };
  return {
    jobId: job.id,
    organizationId: job.organizationId,
    kind: job.kind,
    input: job.input,
    attempt: lease.attempt,
    requestedById: job.requestedById,
    signal: attempt.signal,
    async progress(percent, phase) {
      attempt.signal.throwIfAborted();
      latest = { progressPercent: clampPercent(percent), progressPhase: phaseText(phase) };
      const wait = lastWrite + PROGRESS_WRITE_MS - Date.now();
      if (wait <= 0) await write();
      else trailing ??= setTimeout(() => void write().catch(() => undefined), wait);
      attempt.signal.throwIfAborted();
    },
    close() {
      if (trailing) clearTimeout(trailing);
    },
  };
}

function errorMessage(error: unknown): string {
  const e = error as Error;
  return (e?.message ? `${e.name && e.name !== "Error" ? `${e.name}: ` : ""}${e.message}` : String(error)).slice(0, 4_000);
}

async function runJob(lease: Lease<ClaimedJob>, attempt: Attempt<ProgressPatch>): Promise<AttemptResult<JobAttemptValue>> {
  const kind = findJobKind(lease.item.kind);
  if (!kind) return { ok: false, value: { error: `job kind "${lease.item.kind}" is not defined on this instance` } };
  const ctx = jobContext(lease, attempt);
  try {
    if (kind.workerModule) {
      const outcome = await withinOrganization(lease.item.organizationId, () => runInThread(kind.workerModule!, ctx));
      return { ok: true, value: { result: outcome?.result, stored: outcome?.stored } };
    }
    const outcome: JobOutcome | void = await withinOrganization(lease.item.organizationId, () => kind.run!(ctx));
    return { ok: true, value: { result: outcome?.result, output: outcome?.output } };
  } catch (error) {
    const permanent = error instanceof PermanentJobError || error instanceof CanonError;
    return { ok: false, value: { error: errorMessage(error) }, retry: !permanent };
  } finally {
    ctx.close();
  }
}

export function startJobRunner(options: JobRunnerOptions): JobRunner {
  return startLeaseRunner<ClaimedJob, JobAttemptValue, ProgressPatch>({
    name: "job",
    store: jobLeases(registeredJobKinds),
    run: runJob,
    failure: (error) => ({ error: errorMessage(error) }),
    pollIntervalMs: options.pollIntervalMs,
    leaseMs: options.leaseMs,
    heartbeatMs: Math.max(100, Math.floor(options.leaseMs / 3)),
    concurrency: options.concurrency,
    retryDelayMs: (attempt) => retryDelayMs(attempt, options.backoffBaseMs),
    log: options.log,
  });
}

/** The runner with the configured settings (CANON_JOB_*). */
export function startConfiguredJobRunner(log?: RunnerLog): JobRunner {
  const { pollIntervalMs, leaseMs, concurrency, backoffBaseMs } = config().jobs;
  return startJobRunner({ pollIntervalMs, leaseMs, concurrency, backoffBaseMs, log });
}
