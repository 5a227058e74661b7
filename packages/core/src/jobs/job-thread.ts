// Runs one attempt of a heavy job kind in a worker thread of its own (job-thread-entry.ts), so the API
// process's event loop stays free. A thread per running job keeps attempts isolated (a crash or a leak
// ends with the thread) and its database connection is closed with it; the runner's concurrency bounds
// how many exist at once. Starting a thread costs a few hundred milliseconds, small against heavy work.
//
// Each thread's JavaScript heap is capped (CANON_JOB_HEAP_MB): V8 collects garbage before it grows past
// the cap, and a job that truly needs more fails with a clear error (not retried: it would need as much
// again) while the API process stays as it was.
//
// The parent side relays: the thread's progress reports go through the parent's context (persisted with
// a lease renewal, where a cancellation is noticed) and are answered with the abort state; the parent's
// signal is forwarded as an abort message. A thread that has not ended ABORT_GRACE_MS after an abort is
// terminated.
import { config } from "@canon/config";
import { Worker, type ResourceLimits } from "node:worker_threads";
import type { JobContext } from "./job-context";
import type { StoredOutcome } from "./job-output-store";
import { PermanentJobError } from "./job-context";
import type { ThreadJob, ToParent, ToThread } from "./job-thread-entry";

export const ABORT_GRACE_MS = 5_000;

/** Under tsx (the sources are TypeScript), a thread registers tsx's loader before importing its entry. */
function startThread(job: ThreadJob): Worker {
  const typescript = import.meta.url.endsWith(".ts");
  const entry = new URL(`./job-thread-entry${typescript ? ".ts" : ".js"}`, import.meta.url);
  const resourceLimits: ResourceLimits = { maxOldGenerationSizeMb: config().jobs.heapMb };
  if (!typescript) return new Worker(entry, { workerData: job, resourceLimits });
  const boot = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(boot, { eval: true, workerData: job, resourceLimits });
}

/** A thread that ran out of its heap: permanent, with the limit and the setting that raises it. */
function threadError(error: Error): Error {
  if ((error as NodeJS.ErrnoException).code !== "ERR_WORKER_OUT_OF_MEMORY") return error;
  return new PermanentJobError(`the job ran out of memory: its heap is limited to ${config().jobs.heapMb} MB (CANON_JOB_HEAP_MB)`);
}

export function runInThread(moduleUrl: URL, ctx: JobContext): Promise<StoredOutcome | void> {
  const job: ThreadJob = {
    jobId: ctx.jobId,
    organizationId: ctx.organizationId,
    kind: ctx.kind,
    input: ctx.input,
    attempt: ctx.attempt,
    requestedById: ctx.requestedById,
    moduleUrl: moduleUrl.href,
  };
  const worker = startThread(job);
  const send = (m: ToThread) => worker.postMessage(m);
  return new Promise<StoredOutcome | void>((resolve, reject) => {
    let settled = false;
    let killer: NodeJS.Timeout | undefined;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      ctx.signal.removeEventListener("abort", onAbort);
      fn();
    };
    const onAbort = () => {
      send({ type: "abort", reason: String((ctx.signal.reason as Error)?.message ?? "aborted") });
      killer = setTimeout(() => void worker.terminate(), ABORT_GRACE_MS);
      killer.unref();
    };
    if (ctx.signal.aborted) onAbort();
    else ctx.signal.addEventListener("abort", onAbort, { once: true });

    worker.on("message", (m: ToParent) => {
      if (m.type === "progress") {
        ctx.progress(m.percent, m.phase).then(
          () => send({ type: "progress-ack", seq: m.seq, aborted: null }),
          (error) => send({ type: "progress-ack", seq: m.seq, aborted: String((error as Error)?.message ?? error) }),
        );
      } else if (m.type === "done") {
        finish(() => resolve(m.outcome ?? undefined));
      } else if (m.type === "failed") {
        finish(() => reject(ctx.signal.aborted ? ctx.signal.reason : m.permanent ? new PermanentJobError(m.error) : new Error(m.error)));
      }
    });
    worker.on("error", (error) => finish(() => reject(ctx.signal.aborted ? ctx.signal.reason : threadError(error))));
    worker.on("exit", (code) => {
      if (killer) clearTimeout(killer);
      finish(() => reject(ctx.signal.aborted ? ctx.signal.reason : new Error(`job worker thread exited (code ${code}) before it finished`)));
    });
  });
}
