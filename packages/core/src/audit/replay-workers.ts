// Worker threads that verify segments of a long audit chain in parallel (one read snapshot and one
// connection each): reading and hashing about 1.5 MB per thousand events is CPU work, and a
// replay on the caller's thread would also keep its event loop busy for seconds. The pool starts on
// first use, keeps its threads for later replays (starting one costs a few hundred milliseconds), and
// lets the process exit when idle. If a thread cannot start or dies, the caller replays in-process.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { SegmentTask } from "./replay-worker-entry";
import type { Segment, SegmentVerdict } from "./verify-audit-segment";

/** More threads than cores gains nothing; more than four mostly adds connections. */
export const REPLAY_WORKERS = Math.max(1, Math.min(4, availableParallelism()));

interface Thread {
  worker: Worker;
  pending: Map<number, { resolve: (v: SegmentVerdict) => void; reject: (e: Error) => void }>;
}

let threads: Thread[] | null = null;
let nextTaskId = 1;

/** Under tsx (the sources are TypeScript), a thread registers tsx's loader before importing its entry. */
function startThread(): Thread {
  const entry = new URL(`./replay-worker-entry${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`, import.meta.url);
  const worker = entry.pathname.endsWith(".ts")
    ? new Worker(
        `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`,
        { eval: true },
      )
    : new Worker(entry);
  const thread: Thread = { worker, pending: new Map() };
  const failAll = (error: Error) => {
    for (const { reject } of thread.pending.values()) reject(error);
    thread.pending.clear();
    // Start afresh next time: the other threads of this pool go too (their pending tasks fail alike).
    const pool = threads;
    if (!pool?.includes(thread)) return; // a thread of a pool already given up
    threads = null;
    for (const other of pool) if (other !== thread) void other.worker.terminate();
  };
  worker.on("message", (m: { id: number; verdict?: SegmentVerdict; error?: string }) => {
    const task = thread.pending.get(m.id);
    if (!task) return;
    thread.pending.delete(m.id);
    if (thread.pending.size === 0) worker.unref();
    if (m.verdict) task.resolve(m.verdict);
    else task.reject(new Error(`audit replay worker: ${m.error}`));
  });
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`audit replay worker exited (${code})`)));
  worker.unref();
  return thread;
}

function run(thread: Thread, task: Omit<SegmentTask, "id">): Promise<SegmentVerdict> {
  const id = nextTaskId++;
  return new Promise((resolve, reject) => {
    thread.pending.set(id, { resolve, reject });
    thread.worker.ref(); // a pending task keeps the process alive
    thread.worker.postMessage({ id, ...task } satisfies SegmentTask);
  });
}

/** Verifies the segments in parallel, one per thread; rejects if a thread fails. */
export function verifySegmentsInWorkers(organizationId: string, segments: Segment[]): Promise<SegmentVerdict[]> {
  threads ??= Array.from({ length: REPLAY_WORKERS }, startThread);
  const pool = threads;
  return Promise.all(segments.map((segment, i) => run(pool[i % pool.length]!, { organizationId, segment })));
}
