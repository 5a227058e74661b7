// The webhook outbox as a lease store for the shared runner (jobs/lease-runner.ts).
//
// A delivery's `nextAttemptAt` is both its schedule and its claim token: a due delivery (PENDING,
// nextAttemptAt passed) is claimed by a conditional UPDATE that requires the nextAttemptAt it was read
// with and moves it to the end of the lease; the outcome is written only where nextAttemptAt still
// equals that lease end. Every write moves nextAttemptAt forward in time, so a token never comes back,
// and a claimant working from a stale read (another instance's, or this instance's reader connection
// on SQLite lagging its writer) matches nothing. Both stores keep it to the millisecond, as JavaScript
// dates are.
//
// These writes are delivery bookkeeping, not registry state changes: they are not audited.
import { DeliveryStatus, type Prisma } from "@canon/db";
import type { Lease, LeaseStore, Settlement } from "../jobs/lease-runner";
import { database } from "../shared/database";
import { acrossOrganizations } from "../shared/tenancy";
import { writeTransaction, type Tx } from "../shared/transaction";
import type { AttemptOutcome } from "./post-delivery";

export const INACTIVE_ERROR = "cancelled: webhook inactive";

export type DueDelivery = {
  id: string;
  eventType: string;
  payload: unknown;
  attempts: number;
  nextAttemptAt: Date;
  webhook: { url: string; secret: string; active: boolean };
  /** The lease end written by the claim: the token every later write of this attempt requires. */
  leaseUntil: Date;
};

/** Deliveries of every organisation go through one outbox: the loop's reads and writes span tenants. */
const acrossTenants = <T>(work: () => Promise<T>) => acrossOrganizations("webhook delivery loop", work);

/**
 * Bookkeeping writes run in short transactions of their own: on SQLite the writer is one connection,
 * and a bare statement could otherwise land inside another request's open transaction.
 */
function bookkeeping<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return acrossTenants(() => writeTransaction(work));
}

function outcomeData(lease: Lease<DueDelivery>, s: Settlement<AttemptOutcome>): Prisma.WebhookDeliveryUpdateManyMutationInput {
  const now = new Date();
  const attempts = lease.attempt;
  switch (s.kind) {
    case "released":
      return { nextAttemptAt: now };
    case "cancelled":
      return { status: DeliveryStatus.FAILED, lastError: s.value?.error ?? INACTIVE_ERROR };
    case "succeeded":
      return { status: DeliveryStatus.SUCCEEDED, attempts, lastStatusCode: s.value.statusCode, deliveredAt: now };
    case "failed":
      return { status: DeliveryStatus.FAILED, attempts, lastStatusCode: s.value.statusCode, lastError: s.value.error };
    case "retry":
      return { attempts, lastStatusCode: s.value.statusCode, lastError: s.value.error, nextAttemptAt: s.at };
  }
}

export function deliveryLeases(maxAttempts: number): LeaseStore<DueDelivery, AttemptOutcome> {
  return {
    async claim(limit, _owner, leaseMs) {
      const due = await acrossTenants(() =>
        database().reader.webhookDelivery.findMany({
          where: { status: DeliveryStatus.PENDING, nextAttemptAt: { lte: new Date() } },
          orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
          take: limit,
          select: {
            id: true,
            eventType: true,
            payload: true,
            attempts: true,
            nextAttemptAt: true,
            webhook: { select: { url: true, secret: true, active: true } },
          },
        }),
      );
      if (due.length === 0) return { claimed: [], more: false };
      const claimed = await bookkeeping(async (tx) => {
        const mine: Lease<DueDelivery>[] = [];
        for (const d of due) {
          // The lease starts when the row is claimed, not when it was read (the writer may have been busy).
          const leaseUntil = new Date(Date.now() + leaseMs);
          const res = await tx.webhookDelivery.updateMany({
            where: { id: d.id, status: DeliveryStatus.PENDING, nextAttemptAt: d.nextAttemptAt },
            data: { nextAttemptAt: leaseUntil },
          });
          // Otherwise another instance claimed it first.
          if (res.count === 1) mine.push({ id: d.id, item: { ...d, leaseUntil } as DueDelivery, attempt: d.attempts + 1, maxAttempts });
        }
        return mine;
      });
      return { claimed, more: due.length >= limit };
    },

    async settle(lease, settlement) {
      const data = outcomeData(lease, settlement);
      const res = await bookkeeping((tx) =>
        tx.webhookDelivery.updateMany({
          where: { id: lease.id, status: DeliveryStatus.PENDING, nextAttemptAt: lease.item.leaseUntil },
          data,
        }),
      );
      return res.count === 1;
    },
  };
}
