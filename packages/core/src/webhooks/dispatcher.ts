// The webhook dispatcher: the shared lease runner (jobs/lease-runner.ts) over the outbox table
// (delivery-leases.ts), sending one signed POST per claimed delivery.
//
// - Several API instances can share one database: each delivery attempt is claimed by one instance
//   only (a conditional UPDATE on the delivery's nextAttemptAt), and only that instance records it.
// - Delivery is at-least-once: if an instance dies mid-send, the lease (the timeout plus a margin)
//   expires and another instance sends the delivery again; and an attempt whose answer arrives after the
//   timeout (a slow receiver, or a busy sender that read the answer late) counts as failed and is sent
//   again although the receiver got it. Receivers dedupe on the Canon-Delivery header.
// - 2xx → SUCCEEDED (deliveredAt, lastStatusCode). Anything else (status, timeout, network error) →
//   attempts+1, lastStatusCode/lastError, nextAttemptAt = now + exponential backoff with jitter; FAILED
//   once attempts reach maxAttempts. A success keeps the lastError of an earlier failed attempt.
// - A delivery whose webhook was deactivated after it was enqueued is not sent: it is FAILED with
//   INACTIVE_ERROR and no attempt counted.
// - These updates are delivery bookkeeping, not registry state changes: they are not audited.
// - On stop, in-flight requests are aborted and their leases released (no attempt counted), so the
//   next start retries them at once.
import { startLeaseRunner, type RunnerLog } from "../jobs/lease-runner";
import { retryDelayMs } from "./backoff";
import { deliveryLeases, INACTIVE_ERROR, type DueDelivery } from "./delivery-leases";
import { postDelivery, type AttemptOutcome } from "./post-delivery";

export { INACTIVE_ERROR };

export interface DispatcherOptions {
  pollIntervalMs: number;
  timeoutMs: number;
  maxAttempts: number;
  backoffBaseMs: number;
  /** Requests in flight at once (default 16). */
  maxInFlight?: number;
  log?: RunnerLog;
}

export interface WebhookDispatcher {
  stop(): Promise<void>;
}

export function startWebhookDispatcher(options: DispatcherOptions): WebhookDispatcher {
  return startLeaseRunner<DueDelivery, AttemptOutcome>({
    name: "webhook delivery",
    store: deliveryLeases(options.maxAttempts),
    // An attempt never outlives its timeout, so the lease (timeout + margin) needs no heartbeat.
    leaseMs: options.timeoutMs + 10_000,
    pollIntervalMs: options.pollIntervalMs,
    concurrency: options.maxInFlight ?? 16,
    retryDelayMs: (attempt) => retryDelayMs(attempt, options.backoffBaseMs),
    failure: (error) => ({ ok: false, statusCode: null, error: `dispatcher error: ${String(error)}`.slice(0, 500) }),
    log: options.log,
    async run({ item: delivery }, { signal }) {
      if (!delivery.webhook.active) return { cancelled: true, value: { ok: false, statusCode: null, error: INACTIVE_ERROR } };
      const outcome = await postDelivery(delivery.webhook, delivery, options.timeoutMs, signal);
      return { ok: outcome.ok, value: outcome };
    },
  });
}
