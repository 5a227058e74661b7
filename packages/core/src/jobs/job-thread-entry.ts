// The entry of a job's worker thread (job-thread.ts starts one per running heavy job). It imports the
// kind's worker module and calls its `run(ctx)` inside the job's organisation scope. The module reads
// through core's database(), which in this thread opens its own connection from the same configuration.
// Progress goes to the parent, which persists it and answers whether the job was aborted meanwhile; the
// parent's abort message aborts `ctx.signal`. The thread closes its database before it answers "done".
import { parentPort, workerData } from "node:worker_threads";
import { closeDatabase } from "../shared/database";
import { withinOrganization } from "../shared/tenancy";
import type { JobContext, JobOutcome } from "./job-context";

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
  | { type: "done"; outcome: JobOutcome | null }
  | { type: "failed"; error: string; permanent: boolean };

export type ToThread = { type: "progress-ack"; seq: number; aborted: string | null } | { type: "abort"; reason: string };

class ThreadAbort extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "AbortError";
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
  message = { type: "done", outcome: outcome ?? null };
} catch (error) {
  const e = error as Error;
  message = { type: "failed", error: (e?.message ?? String(error)).slice(0, 4_000), permanent: e?.name === "PermanentJobError" || e?.name === "CanonError" };
} finally {
  await closeDatabase().catch(() => undefined);
}
// The output's bytes move to the parent without a copy, unless they are a view on a larger buffer.
const output = message.type === "done" ? message.outcome?.output : undefined;
if (output) {
  const { bytes } = output;
  if (bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength) output.bytes = new Uint8Array(bytes);
}
port.postMessage(message, output ? [output.bytes.buffer as ArrayBuffer] : []);
port.close();
