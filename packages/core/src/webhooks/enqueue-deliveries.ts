// The webhook outbox. Deliveries are rows written in the same transaction as the change they report
// (called from appendAuditEvent), so a committed change always has its deliveries and a rolled-back
// change never does. The dispatcher sends them later; nothing here touches the network.
import { randomUUID } from "node:crypto";
import { toAuditJson } from "../audit/canonical";
import { withinOrganization } from "../shared/tenancy";
import type { Tx } from "../shared/transaction";

/** The audit event fields a delivery payload is built from. */
export interface AuditEventForWebhook {
  id: string;
  organizationId: string;
  seq: number;
  subjectType: string;
  subjectId: string | null;
  createdAt: Date;
}

export interface WebhookPayload {
  id: string;
  type: string;
  occurredAt: string;
  organizationId: string;
  subject: { type: string; id: string | null };
  data: unknown;
  auditEventId: string;
  auditSeq: number;
}

export function newDeliveryId(): string {
  return `whd_${randomUUID().replace(/-/g, "")}`;
}

export function webhookPayload(deliveryId: string, type: string, event: AuditEventForWebhook, data: unknown): WebhookPayload {
  return {
    id: deliveryId,
    type,
    occurredAt: event.createdAt.toISOString(),
    organizationId: event.organizationId,
    subject: { type: event.subjectType, id: event.subjectId },
    data: data ?? null,
    auditEventId: event.id,
    auditSeq: event.seq,
  };
}

function subscribed(events: unknown, type: string): boolean {
  return Array.isArray(events) && events.includes(type);
}

/**
 * Creates one PENDING delivery per active webhook of the organisation subscribed to the event type
 * (which the audit action's catalogue entry names); `data` is the subject's record after the change.
 * Returns the number enqueued.
 */
export function enqueueWebhookDeliveries(tx: Tx, event: AuditEventForWebhook & { type: string; data: unknown }): Promise<number> {
  // The event names its organisation: its webhooks are those of that organisation's scope.
  return withinOrganization(event.organizationId, () => enqueue(tx, event));
}

async function enqueue(tx: Tx, event: AuditEventForWebhook & { type: string; data: unknown }): Promise<number> {
  const { type } = event;
  const hooks = await tx.webhook.findMany({ where: { active: true }, select: { id: true, events: true } });
  const targets = hooks.filter((h) => subscribed(h.events, type));
  if (targets.length === 0) return 0;
  const now = new Date();
  const data = toAuditJson(event.data);
  await tx.webhookDelivery.createMany({
    data: targets.map((h) => {
      const id = newDeliveryId();
      return { id, webhookId: h.id, eventType: type, payload: webhookPayload(id, type, event, data) as object, nextAttemptAt: now, createdAt: now };
    }),
  });
  return targets.length;
}
