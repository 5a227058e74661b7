// Cleanup at the end of a test process, for what it had to create itself because it runs without
// scripts/test.ts (a test file run alone): its own templates and shared servers. Registers one root-level
// `after` hook of node's test runner; import it from test-process code only (never from scripts/test.ts).
import { after } from "node:test";

const cleanups: (() => Promise<void>)[] = [];

after(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) {
    await cleanup().catch((error) => console.error(`cleanup failed: ${(error as Error).message}`));
  }
});

/** Runs `cleanup` once every test of this process has finished (last registered, first run). */
export function atProcessEnd(cleanup: () => Promise<void>): void {
  cleanups.push(cleanup);
}
