// The lease runner's decisions over an in-memory store: retry with backoff until the maximum, no retry
// when the work says so, cancellation and lost leases seen by heartbeats, leases given back on stop,
// finished work recorded even when a stop arrives meanwhile, and the concurrency limit.
import assert from "node:assert/strict";
import { test } from "node:test";
import { startLeaseRunner, type AttemptResult, type Lease, type LeaseStore, type Renewal, type Settlement } from "./lease-runner";

type Row = { id: string; attempts: number; maxAttempts: number; state: "due" | "held" | "done"; renewal?: Renewal };

function memoryStore(rows: Row[]) {
  const settled: { id: string; attempt: number; s: Settlement<string> }[] = [];
  const renewals: { id: string; patch?: number }[] = [];
  const store: LeaseStore<Row, string, number> = {
    async claim(limit) {
      const due = rows.filter((r) => r.state === "due").slice(0, limit);
      for (const r of due) r.state = "held";
      return { claimed: due.map((r) => ({ id: r.id, item: r, attempt: r.attempts + 1, maxAttempts: r.maxAttempts })), more: false };
    },
    async renew(lease, _ms, patch) {
      renewals.push({ id: lease.id, patch });
      return lease.item.renewal ?? "held";
    },
    async settle(lease, s) {
      settled.push({ id: lease.id, attempt: lease.attempt, s });
      const row = lease.item;
      if (s.kind === "retry") Object.assign(row, { attempts: lease.attempt, state: "due" });
      else if (s.kind === "released") row.state = "due";
      else Object.assign(row, { attempts: lease.attempt, state: "done" });
      return true;
    },
  };
  return { store, settled, renewals };
}

const until = async (check: () => boolean, what: string) => {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
};

const quiet = { warn: () => undefined, error: () => undefined };
const base = { name: "test", pollIntervalMs: 5, leaseMs: 1_000, concurrency: 4, retryDelayMs: () => 0, failure: (e: unknown) => String(e), log: quiet };

test("a failing row is retried until its maximum, then failed; a success is recorded once", async () => {
  const rows: Row[] = [
    { id: "a", attempts: 0, maxAttempts: 3, state: "due" },
    { id: "b", attempts: 0, maxAttempts: 3, state: "due" },
  ];
  const { store, settled } = memoryStore(rows);
  const runner = startLeaseRunner({
    ...base,
    store,
    run: async (lease): Promise<AttemptResult<string>> => (lease.id === "a" ? { ok: false, value: `boom ${lease.attempt}` } : { ok: true, value: "fine" }),
  });
  await until(() => rows.every((r) => r.state === "done"), "both rows to end");
  await runner.stop();
  assert.deepEqual(
    settled.filter((s) => s.id === "a").map((s) => [s.attempt, s.s.kind]),
    [
      [1, "retry"],
      [2, "retry"],
      [3, "failed"],
    ],
  );
  assert.deepEqual(
    settled.filter((s) => s.id === "b").map((s) => [s.attempt, s.s.kind]),
    [[1, "succeeded"]],
  );
});

test("retry: false fails at once; a thrown error is a failure with the runner's description", async () => {
  const rows: Row[] = [
    { id: "p", attempts: 0, maxAttempts: 5, state: "due" },
    { id: "t", attempts: 0, maxAttempts: 1, state: "due" },
  ];
  const { store, settled } = memoryStore(rows);
  const runner = startLeaseRunner({
    ...base,
    store,
    run: async (lease) => {
      if (lease.id === "t") throw new Error("thrown");
      return { ok: false, value: "permanent", retry: false };
    },
  });
  await until(() => rows.every((r) => r.state === "done"), "both rows to end");
  await runner.stop();
  assert.deepEqual(settled.map((s) => [s.id, s.s.kind, "value" in s.s ? s.s.value : null]).sort(), [
    ["p", "failed", "permanent"],
    ["t", "failed", "Error: thrown"],
  ]);
});

test("heartbeats renew the lease; a cancellation aborts the work and ends the row CANCELLED; a lost lease records nothing", async () => {
  const rows: Row[] = [
    { id: "c", attempts: 0, maxAttempts: 3, state: "due", renewal: "cancel" },
    { id: "l", attempts: 0, maxAttempts: 3, state: "due", renewal: "lost" },
  ];
  const { store, settled, renewals } = memoryStore(rows);
  const aborted: string[] = [];
  const runner = startLeaseRunner({
    ...base,
    store,
    heartbeatMs: 10,
    run: (lease: Lease<Row>, { signal }) =>
      new Promise<AttemptResult<string>>((resolve) => {
        signal.addEventListener("abort", () => {
          aborted.push(`${lease.id}:${(signal.reason as Error).message}`);
          resolve({ ok: false, value: "aborted" });
        });
      }),
  });
  await until(() => aborted.length === 2, "both attempts to be aborted");
  await until(() => settled.length === 1, "the cancellation to be recorded");
  await runner.stop();
  assert.deepEqual(aborted.sort(), ["c:cancelled", "l:lease lost"]);
  assert.deepEqual(
    settled.map((s) => [s.id, s.s.kind]),
    [["c", "cancelled"]],
  );
  assert.ok(renewals.length >= 2);
});

test("stop aborts running work and releases its lease uncounted; work that finished is recorded as finished", async () => {
  const rows: Row[] = [
    { id: "slow", attempts: 0, maxAttempts: 3, state: "due" },
    { id: "done", attempts: 0, maxAttempts: 3, state: "due" },
  ];
  const { store, settled } = memoryStore(rows);
  let started = 0;
  const runner = startLeaseRunner({
    ...base,
    store,
    run: (lease, { signal }) =>
      new Promise<AttemptResult<string>>((resolve) => {
        started += 1;
        // "done" finishes as the stop arrives; "slow" only ends because of it.
        signal.addEventListener("abort", () => resolve(lease.id === "done" ? { ok: true, value: "made it" } : { ok: false, value: "interrupted" }));
      }),
  });
  await until(() => started === 2, "both to start");
  await runner.stop();
  assert.deepEqual(settled.map((s) => [s.id, s.s.kind]).sort(), [
    ["done", "succeeded"],
    ["slow", "released"],
  ]);
  assert.equal(rows.find((r) => r.id === "slow")!.attempts, 0);
});

test("no more rows run at once than the concurrency allows", async () => {
  const rows: Row[] = Array.from({ length: 10 }, (_, i) => ({ id: `r${i}`, attempts: 0, maxAttempts: 1, state: "due" as const }));
  const { store } = memoryStore(rows);
  let running = 0;
  let peak = 0;
  const runner = startLeaseRunner({
    ...base,
    store,
    concurrency: 3,
    run: async () => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 15));
      running -= 1;
      return { ok: true, value: "ok" };
    },
  });
  await until(() => rows.every((r) => r.state === "done"), "all rows");
  await runner.stop();
  assert.equal(peak, 3);
});
