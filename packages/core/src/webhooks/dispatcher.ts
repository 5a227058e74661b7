// The webhook dispatcher: a loop in the API process that sends due deliveries from the outbox table.
//
// - Each tick reads PENDING deliveries whose nextAttemptAt has passed, and claims each one with a
//   conditional UPDATE (same id, still PENDING, nextAttemptAt unchanged since it was read) that pushes
//   nextAttemptAt forward by a lease. Only the instance whose UPDATE changed the row sends it, so several
//   API instances can share one database. If an instance dies mid-send, the lease expires and another
//   (or the restarted one) picks the delivery up: delivery is at-least-once; receivers dedupe on the
//   Canon-Delivery header.
// - 2xx → SUCCEEDED (deliveredAt, lastStatusCode). Anything else (status, timeout, network error) →
//   attempts+1, lastStatusCode/lastError, nextAttemptAt = now + exponential backoff with jitter; FAILED
//   once attempts reach maxAttempts. A success keeps the lastError of an earlier failed attempt.
// - These updates are delivery bookkeeping, not registry state changes: they are not audited.
// - Deliveries are rows written before any sending, and the loop only reads that table, so pending
//   deliveries survive restarts. On stop, in-flight requests are aborted and their leases released
//   (no attempt counted), so the next start retries them at once.
import { DeliveryStatus, type Prisma } from "@canon/db";
import { database } from "../shared/database";
import { writeTransaction, type Tx } from "../shared/transaction";
import { retryDelayMs } from "./backoff";
import { postDelivery, type AttemptOutcome } from "./post-delivery";

export interface DispatcherOptions {
  pollIntervalMs: number;
  timeoutMs: number;
  maxAttempts: number;
  backoffBaseMs: number;
  /** Requests in flight at once (default 16). */
  maxInFlight?: number;
  log?: { warn(msg: string, fields?: Record<string, unknown>): void; error(msg: string, fields?: Record<string, unknown>): void };
}

export interface WebhookDispatcher {
  stop(): Promise<void>;
}

export const INACTIVE_ERROR = "cancelled: webhook inactive";

/**
 * Delivery bookkeeping writes run in short transactions of their own: on SQLite the writer is one
 * connection, and a bare statement could otherwise land inside another request's open transaction.
 */
function bookkeeping<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return writeTransaction(work);
}

type Due = {
  id: string;
  eventType: string;
  payload: unknown;
  attempts: number;
  nextAttemptAt: Date;
  webhook: { url: string; secret: string; active: boolean };
};

export function startWebhookDispatcher(options: DispatcherOptions): WebhookDispatcher {
  const maxInFlight = options.maxInFlight ?? 16;
  const leaseMs = options.timeoutMs + 10_000;
  const log = options.log ?? { warn: console.warn, error: console.error };
  const stopping = new AbortController();
  const inFlight = new Set<Promise<void>>();
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<number> | undefined;

  async function record(d: Due, leaseUntil: Date, outcome: AttemptOutcome): Promise<void> {
    const now = new Date();
    const attempts = d.attempts + 1;
    let data: Prisma.WebhookDeliveryUpdateManyMutationInput;
    if (outcome.interrupted) data = { nextAttemptAt: now };
    else if (outcome.ok) data = { status: DeliveryStatus.SUCCEEDED, attempts, lastStatusCode: outcome.statusCode, deliveredAt: now };
    else if (attempts >= options.maxAttempts) data = { status: DeliveryStatus.FAILED, attempts, lastStatusCode: outcome.statusCode, lastError: outcome.error };
    else data = { attempts, lastStatusCode: outcome.statusCode, lastError: outcome.error, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts, options.backoffBaseMs)) };
    const res = await bookkeeping((tx) => tx.webhookDelivery.updateMany({ where: { id: d.id, status: DeliveryStatus.PENDING, nextAttemptAt: leaseUntil }, data }));
    if (res.count !== 1) log.warn("webhook delivery lease lost before its outcome was recorded", { deliveryId: d.id });
  }

  async function attempt(d: Due, leaseUntil: Date): Promise<void> {
    if (!d.webhook.active) {
      // Deactivated after the delivery was read: cancel it rather than send it.
      await bookkeeping((tx) => tx.webhookDelivery.updateMany({ where: { id: d.id, nextAttemptAt: leaseUntil }, data: { status: DeliveryStatus.FAILED, lastError: INACTIVE_ERROR } }));
      return;
    }
    await record(d, leaseUntil, await postDelivery(d.webhook, d, options.timeoutMs, stopping.signal));
  }

  /** Claims and starts due deliveries; returns the capacity when the page was full (more may be due). */
  async function tick(): Promise<number> {
    const capacity = maxInFlight - inFlight.size;
    if (capacity <= 0 || stopping.signal.aborted) return 0;
    const due = (await database().reader.webhookDelivery.findMany({
      where: { status: DeliveryStatus.PENDING, nextAttemptAt: { lte: new Date() } },
      orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
      take: capacity,
      select: { id: true, eventType: true, payload: true, attempts: true, nextAttemptAt: true, webhook: { select: { url: true, secret: true, active: true } } },
    })) as Due[];
    if (due.length === 0 || stopping.signal.aborted) return 0;
    const leaseUntil = new Date(Date.now() + leaseMs);
    const claimed = await bookkeeping(async (tx) => {
      const mine: Due[] = [];
      for (const d of due) {
        const res = await tx.webhookDelivery.updateMany({
          where: { id: d.id, status: DeliveryStatus.PENDING, nextAttemptAt: d.nextAttemptAt },
          data: { nextAttemptAt: leaseUntil },
        });
        if (res.count === 1) mine.push(d); // otherwise another instance claimed it first
      }
      return mine;
    });
    for (const d of claimed) {
      const p: Promise<void> = attempt(d, leaseUntil)
        .catch((error) => log.error("webhook delivery attempt could not be recorded", { deliveryId: d.id, error: String(error) }))
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
    }
    return due.length >= capacity ? capacity : 0;
  }

  function schedule(delay: number) {
    if (stopping.signal.aborted) return;
    timer = setTimeout(loop, delay);
  }

  async function loop() {
    let full = 0;
    try {
      ticking = tick();
      full = await ticking;
    } catch (error) {
      log.error("webhook dispatcher tick failed", { error: String(error) });
    } finally {
      ticking = undefined;
    }
    // A full page means more may be due: look again soon rather than after a whole interval.
    schedule(full > 0 && inFlight.size < maxInFlight ? Math.min(50, options.pollIntervalMs) : options.pollIntervalMs);
  }

  schedule(0);
  return {
    async stop() {
      stopping.abort();
      if (timer) clearTimeout(timer);
      await ticking?.catch(() => undefined);
      await Promise.allSettled([...inFlight]);
    },
  };
}
