// The lease-and-retry loop shared by the webhook dispatcher and the job runner: poll a table for due
// rows, claim each with a conditional UPDATE (only the instance whose UPDATE changed the row runs it),
// keep the claim alive with heartbeats while the work runs, and record the outcome only if the claim
// is still held. What a row is, how it is claimed and what its outcome writes belong to a `LeaseStore`;
// this loop owns the timing, the concurrency limit, retries with backoff and a clean stop.
//
// - A claim is a lease: it ends at a time written in the row. If the process holding it dies, the lease
//   runs out and another instance (or the restarted one) claims the row again: work is at-least-once.
// - Heartbeats (when the store can renew) push the lease forward while the work runs; a renewal that
//   finds the lease gone aborts the work's signal ("lease-lost"), and one that finds a cancellation
//   request aborts it with "cancelled".
// - Failed attempts are retried after an exponential backoff until the row's maximum; the store writes
//   what that means for its row.
// - stop(): no new claims, running work is aborted with "stopping", and each lease is released (the
//   attempt is not counted), so the next start — here or elsewhere — takes the row at once.
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";

export interface RunnerLog {
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/** A claimed row: what the store read, and which attempt this is (1 = the first). */
export interface Lease<T> {
  id: string;
  item: T;
  attempt: number;
  maxAttempts: number;
}

/** How an attempt ended, as the store is asked to record it (`value` is the store's own outcome data). */
export type Settlement<R> =
  | { kind: "succeeded"; value: R }
  | { kind: "retry"; value: R; at: Date }
  | { kind: "failed"; value: R }
  | { kind: "cancelled"; value?: R }
  /** Stopping: the lease is given back and the attempt is not counted. */
  | { kind: "released" };

export type Renewal = "held" | "lost" | "cancel";

export interface LeaseStore<T, R, P = never> {
  /** Claims up to `limit` due rows for `owner`; `more` when the page of due rows was full. */
  claim(limit: number, owner: string, leaseMs: number): Promise<{ claimed: Lease<T>[]; more: boolean }>;
  /** Extends a held lease (writing `patch`, e.g. progress, with it). Optional: work shorter than the lease needs none. */
  renew?(lease: Lease<T>, leaseMs: number, patch?: P): Promise<Renewal>;
  /** Writes the outcome if the lease is still held; false when it was lost. */
  settle(lease: Lease<T>, settlement: Settlement<R>): Promise<boolean>;
}

/** Why a running attempt's signal was aborted. */
export class LeaseAbort extends Error {
  constructor(readonly why: "stopping" | "lease-lost" | "cancelled") {
    super(why === "cancelled" ? "cancelled" : why === "stopping" ? "interrupted by shutdown" : "lease lost");
    this.name = "AbortError";
  }
}

export type AttemptResult<R> =
  | { ok: true; value: R }
  /** `retry: false` fails the row at once, whatever attempts remain. */
  | { ok: false; value: R; retry?: boolean }
  | { cancelled: true; value?: R };

export interface Attempt<P> {
  /** Aborted on stop, when the lease is lost, or when a cancellation is seen; `reason` is a LeaseAbort. */
  signal: AbortSignal;
  /** Renews the lease now, writing `patch` with it; aborts `signal` when the lease is gone or cancelled. */
  heartbeat(patch?: P): Promise<Renewal>;
}

export interface LeaseRunnerOptions<T, R, P = never> {
  /** For log lines: "webhook delivery", "job". */
  name: string;
  store: LeaseStore<T, R, P>;
  run(lease: Lease<T>, attempt: Attempt<P>): Promise<AttemptResult<R>>;
  /** The outcome value of an attempt that threw. */
  failure(error: unknown): R;
  pollIntervalMs: number;
  leaseMs: number;
  /** Renew leases this often while work runs (needs store.renew); off when omitted. */
  heartbeatMs?: number;
  concurrency: number;
  /** Delay before attempt `attempt + 1` after `attempt` failed. */
  retryDelayMs(attempt: number): number;
  log?: RunnerLog;
}

export interface LeaseRunner {
  /** This instance's lease owner id. */
  readonly owner: string;
  stop(): Promise<void>;
}

export function leaseOwnerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
}

export function startLeaseRunner<T, R, P = never>(options: LeaseRunnerOptions<T, R, P>): LeaseRunner {
  const { store, name } = options;
  const log = options.log ?? { warn: console.warn, error: console.error };
  const owner = leaseOwnerId();
  const stopping = new AbortController();
  const inFlight = new Set<Promise<void>>();
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<boolean> | undefined;

  function decide(lease: Lease<T>, result: AttemptResult<R>): Settlement<R> {
    if ("cancelled" in result) return { kind: "cancelled", value: result.value };
    if (result.ok) return { kind: "succeeded", value: result.value };
    if (result.retry !== false && lease.attempt < lease.maxAttempts) {
      return { kind: "retry", value: result.value, at: new Date(Date.now() + options.retryDelayMs(lease.attempt)) };
    }
    return { kind: "failed", value: result.value };
  }

  async function attempt(lease: Lease<T>): Promise<void> {
    const aborter = new AbortController();
    const onStop = () => aborter.abort(new LeaseAbort("stopping"));
    stopping.signal.addEventListener("abort", onStop, { once: true });
    const heartbeat = async (patch?: P): Promise<Renewal> => {
      if (!store.renew) return "held";
      const state = await store.renew(lease, options.leaseMs, patch);
      if (state === "lost" && !aborter.signal.aborted) aborter.abort(new LeaseAbort("lease-lost"));
      if (state === "cancel" && !aborter.signal.aborted) aborter.abort(new LeaseAbort("cancelled"));
      return state;
    };
    // One periodic renewal at a time: a slow database must not pile them up.
    let beating = false;
    const periodic = () => {
      if (beating) return;
      beating = true;
      heartbeat()
        .catch((error) => log.warn(`${name} heartbeat failed`, { id: lease.id, error: String(error) }))
        .finally(() => (beating = false));
    };
    const beat = options.heartbeatMs && store.renew ? setInterval(periodic, options.heartbeatMs) : undefined;
    let result: AttemptResult<R>;
    try {
      result = await options.run(lease, { signal: aborter.signal, heartbeat });
    } catch (error) {
      result = { ok: false, value: options.failure(error) };
    } finally {
      if (beat) clearInterval(beat);
      stopping.signal.removeEventListener("abort", onStop);
    }
    const why = aborter.signal.aborted ? (aborter.signal.reason as LeaseAbort).why : undefined;
    if (why === "lease-lost") {
      log.warn(`${name} lease lost while it ran; its outcome is not recorded`, { id: lease.id });
      return;
    }
    // Work that finished is recorded as finished, whatever arrived meanwhile; otherwise a stop gives the
    // lease back uncounted and a cancellation ends the row.
    const finished = "ok" in result && result.ok;
    const settlement: Settlement<R> =
      finished || !why
        ? decide(lease, result)
        : why === "stopping"
          ? { kind: "released" }
          : { kind: "cancelled", value: "cancelled" in result ? result.value : undefined };
    if (!(await store.settle(lease, settlement))) log.warn(`${name} lease lost before its outcome was recorded`, { id: lease.id });
  }

  /** Claims and starts due rows; true when the page was full (more may be due). */
  async function tick(): Promise<boolean> {
    const capacity = options.concurrency - inFlight.size;
    if (capacity <= 0 || stopping.signal.aborted) return false;
    const { claimed, more } = await store.claim(capacity, owner, options.leaseMs);
    for (const lease of claimed) {
      const p: Promise<void> = attempt(lease)
        .catch((error) => log.error(`${name} attempt could not be recorded`, { id: lease.id, error: String(error) }))
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
    }
    return more;
  }

  function schedule(delay: number) {
    if (stopping.signal.aborted) return;
    timer = setTimeout(loop, delay);
  }

  async function loop() {
    let more = false;
    try {
      ticking = tick();
      more = await ticking;
    } catch (error) {
      log.error(`${name} runner tick failed`, { error: String(error) });
    } finally {
      ticking = undefined;
    }
    // A full page means more may be due: look again soon rather than after a whole interval.
    schedule(more && inFlight.size < options.concurrency ? Math.min(50, options.pollIntervalMs) : options.pollIntervalMs);
  }

  schedule(0);
  return {
    owner,
    async stop() {
      stopping.abort();
      if (timer) clearTimeout(timer);
      await ticking?.catch(() => undefined);
      await Promise.allSettled([...inFlight]);
    },
  };
}
