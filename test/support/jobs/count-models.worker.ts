// The worker module of the "test.count-models" kind (test-job-kinds.ts): runs in a job worker thread,
// reads the organisation's models through core's database() (this thread's own connection), then takes
// `steps` steps of `stepMs` (sleeping) and `busyMs` (keeping the CPU busy), reporting progress after each.
// `padBytes` of numbered lines after the CSV make a large output.
import { database, type JobContext, type JobOutcome } from "@canon/core";
import { setTimeout as sleep } from "node:timers/promises";
import { isMainThread, threadId } from "node:worker_threads";
import { padding } from "./padding";

type Input = { steps: number; stepMs: number; busyMs: number; padBytes: number };

export async function run(ctx: JobContext<Input>): Promise<JobOutcome> {
  const { steps, stepMs, busyMs, padBytes } = ctx.input;
  const models = await database().reader.model.findMany({ where: { organizationId: ctx.organizationId }, select: { name: true }, orderBy: { name: "asc" } });
  for (let i = 1; i <= steps; i++) {
    if (stepMs) await sleep(stepMs, undefined, { signal: ctx.signal });
    const until = Date.now() + busyMs;
    while (Date.now() < until) Math.sqrt(Math.random());
    await ctx.progress((i / steps) * 100, `step ${i} of ${steps}`);
  }
  const csv = ["name", ...models.map((m) => m.name)].join("\n") + "\n" + padding(padBytes);
  return {
    result: { models: models.length, mainThread: isMainThread, threadId, pid: process.pid, attempt: ctx.attempt },
    output: { fileName: "models.csv", contentType: "text/csv", bytes: Buffer.from(csv) },
  };
}
