// The worker module of the "test.hog" kind (test-job-kinds.ts): keeps allocating and holding memory, so
// its thread reaches the job heap limit (CANON_JOB_HEAP_MB) and is stopped there.
import type { JobOutcome } from "@canon/core";

export async function run(): Promise<JobOutcome> {
  const held: number[][] = [];
  for (let i = 0; i < 10_000; i++) held.push(new Array<number>(1_000_000).fill(i + 0.5)); // 8 MB each, 80 GB in all
  return { result: { held: held.length } };
}
