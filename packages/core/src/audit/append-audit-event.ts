// One audit event per state change, written inside the change's own transaction and chained to the
// previous event of the organisation. Incrementing the chain head locks it, so concurrent writers of
// one organisation queue here and the chain never forks.
import type { Actor } from "../shared/actor";
import type { Tx } from "../shared/transaction";
import { enqueueWebhookDeliveries } from "../webhooks/enqueue-deliveries";
import { auditHash, toAuditJson } from "./canonical";

export interface AuditEntry {
  action: string;
  subjectType: string;
  subjectId: string | null;
  before?: unknown;
  after?: unknown;
}

export async function appendAuditEvent(tx: Tx, actor: Actor, entry: AuditEntry) {
  const head = await tx.auditChainHead.update({
    where: { organizationId: actor.organizationId },
    data: { seq: { increment: 1 } },
  });
  const event = {
    organizationId: actor.organizationId,
    seq: head.seq,
    actorType: actor.actorType,
    actorId: actor.actorId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    before: toAuditJson(entry.before) as object | null,
    after: toAuditJson(entry.after) as object | null,
    createdAt: new Date(),
  };
  const hash = auditHash(event, head.hash);
  await tx.auditChainHead.update({ where: { organizationId: actor.organizationId }, data: { hash } });
  const created = await tx.auditEvent.create({
    data: {
      ...event,
      before: event.before ?? undefined,
      after: event.after ?? undefined,
      prevHash: head.hash,
      hash,
    },
  });
  // Webhook outbox: actions that map to a webhook event enqueue deliveries in this same transaction
  // (unmapped actions return without a query).
  await enqueueWebhookDeliveries(tx, created);
  return created;
}
