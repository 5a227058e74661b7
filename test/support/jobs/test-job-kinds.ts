// Job kinds the job contract suites register in their API processes (through preload.ts) and in the
// enqueue command (enqueue.ts): a worker-thread kind that reads the registry and reports progress, one that
// runs out of memory, an
// in-process one, one that fails once, one that can never work, and one only auditors may request.
import { defineJobKind, PermanentJobError, Permission } from "@canon/core";
import { isMainThread } from "node:worker_threads";
import { z } from "zod";

const ms = z.number().int().min(0).max(60_000);

/** Reads the organisation's models in a worker thread, step by step; the output is a CSV of their names. */
export const countModels = defineJobKind({
  kind: "test.count-models",
  input: z.object({
    steps: z.number().int().min(1).max(1_000),
    stepMs: ms,
    busyMs: ms.default(0),
    padBytes: z.number().int().min(0).max(5_000_000).default(0),
  }),
  workerModule: new URL("./count-models.worker.ts", import.meta.url),
});

/** Allocates until its worker thread reaches the job heap limit. */
export const hog = defineJobKind({
  kind: "test.hog",
  maxAttempts: 3,
  workerModule: new URL("./hog.worker.ts", import.meta.url),
});

export const inProcess = defineJobKind({
  kind: "test.in-process",
  async run(ctx) {
    await ctx.progress(50, "halfway");
    return { result: { mainThread: isMainThread, pid: process.pid, input: ctx.input as Record<string, string> } };
  },
});

/** Fails its first attempt. */
export const flaky = defineJobKind({
  kind: "test.flaky",
  maxAttempts: 3,
  async run(ctx) {
    if (ctx.attempt < 2) throw new Error("failing the first attempt on purpose");
    return { result: { attempt: ctx.attempt } };
  },
});

export const permanent = defineJobKind({
  kind: "test.permanent",
  maxAttempts: 5,
  async run() {
    throw new PermanentJobError("this job can never work");
  },
});

/** Only members who may read the audit trail may request it, see it, and download its output. */
export const auditExport = defineJobKind({
  kind: "test.audit-export",
  permission: Permission.AUDIT_READ,
  async run(ctx) {
    return { output: { fileName: "trail ü.txt", contentType: "text/plain; charset=utf-8", bytes: Buffer.from(`trail of ${ctx.organizationId}\n`) } };
  },
});
