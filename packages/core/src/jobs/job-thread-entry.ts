// The entry of a job's worker thread (job-thread.ts starts one per running heavy job). It imports the
// kind's worker module and calls its `run(ctx)` inside the job's organisation scope. The module reads
// through core's database(), which in this thread opens its own connection from the same configuration.
// Progress goes to the parent, which persists it and answers whether the job was aborted meanwhile; the
// parent's abort message aborts `ctx.signal`. An output file is stored by the thread itself, and the
// thread closes its database before it answers "done".
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { closeDatabase } from "../shared/database";
import { withinOrganization } from "../shared/tenancy";
import type { JobContext, JobOutcome } from "./job-context";
import { storeOutput, type StoredOutcome } from "./job-output-store";

export interface ThreadJob {
  jobId: string;
  organizationId: string;
  kind: string;
  input: unknown;
  attempt: number;
  requestedById: string | null;
  moduleUrl: string;
}

export type ToParent =
  | { type: "progress"; seq: number; percent: number; phase: string | null }
  /** The output, if any, is already stored (by this thread, on its own connection): `stored` names it. */
  | { type: "done"; outcome: StoredOutcome | null }
  | { type: "failed"; error: string; permanent: boolean };

export type ToThread = { type: "progress-ack"; seq: number; aborted: string | null } | { type: "abort"; reason: string };

class ThreadAbort extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "AbortError";
  }
}

/**
 * A job thread yields the CPU to the API's main thread: on Linux the nice value is per thread, so this
 * lowers only this thread (elsewhere it would lower the whole process, so it is left alone there). On a
 * machine with few cores a report's gather otherwise competes with request handling for the same core.
 */
export const JOB_THREAD_NICE = 10;
if (process.platform === "linux") {
  try {
    setPriority(JOB_THREAD_NICE);
  } catch {
    // Not permitted here: the thread keeps the process's priority.
  }
}

const job = workerData as ThreadJob;
const port = parentPort!;
const aborter = new AbortController();
const acks = new Map<number, (aborted: string | null) => void>();
let seq = 0;

port.on("message", (m: ToThread) => {
  if (m.type === "abort" && !aborter.signal.aborted) aborter.abort(new ThreadAbort(m.reason));
  if (m.type === "progress-ack") {
    acks.get(m.seq)?.(m.aborted);
    acks.delete(m.seq);
  }
});

const ctx: JobContext = {
  jobId: job.jobId,
  organizationId: job.organizationId,
  kind: job.kind,
  input: job.input,
  attempt: job.attempt,
  requestedById: job.requestedById,
  signal: aborter.signal,
  async progress(percent, phase) {
    aborter.signal.throwIfAborted();
    const id = ++seq;
    const aborted = await new Promise<string | null>((resolve) => {
      acks.set(id, resolve);
      port.postMessage({ type: "progress", seq: id, percent, phase: phase ?? null } satisfies ToParent);
    });
    if (aborted && !aborter.signal.aborted) aborter.abort(new ThreadAbort(aborted));
    aborter.signal.throwIfAborted();
  },
};

let message: ToParent;
try {
  const mod = (await import(job.moduleUrl)) as { run?: (ctx: JobContext) => Promise<JobOutcome | void> };
  if (typeof mod.run !== "function") throw new Error(`job kind ${job.kind}: ${job.moduleUrl} exports no run(ctx)`);
  const outcome = await withinOrganization(job.organizationId, () => mod.run!(ctx));
  // Stored here rather than by the API's main thread: writing megabytes (and the WAL checkpoints they
  // cause on SQLite) would hold its event loop.
  const stored = outcome?.output ? await storeOutput({ id: job.jobId, organizationId: job.organizationId }, job.attempt, outcome.output) : undefined;
  message = { type: "done", outcome: outcome ? { result: outcome.result, stored } : null };
} catch (error) {
  const e = error as Error;
  message = { type: "failed", error: (e?.message ?? String(error)).slice(0, 4_000), permanent: e?.name === "PermanentJobError" || e?.name === "CanonError" };
} finally {
  await closeDatabase().catch(() => undefined);
}
port.postMessage(message);
port.close();
