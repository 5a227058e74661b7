// One audit event per state change, written inside the change's own transaction and chained to the
// previous event of the organisation. Incrementing the chain head locks it, so concurrent writers of
// one organisation queue here and the chain never forks.
//
// Callers name the action and the subject; the event's before/after are whole records, never a patch:
// `after` is the subject's record loaded here, after the change (none for a delete), and `before` is the
// exact text of the subject's previous `after` in the trail (none for a create). What the change was
// for (a reason, the approval request it applies) goes in `context`.
//
// The catalogue entry of the action decides what else happens in the same transaction: webhook
// deliveries (the outbox), and votes going stale when the action changes an approval subject's evidence.
import type { Actor } from "../shared/actor";
import { withinOrganization } from "../shared/tenancy";
import type { Tx } from "../shared/transaction";
import { invalidateVotes } from "../approvals/invalidate-votes";
import { enqueueWebhookDeliveries } from "../webhooks/enqueue-deliveries";
import { AUDIT_ACTIONS, type AuditAction } from "./actions";
import { auditHash, canonicalAuditJson } from "./canonical";
import { loadRecord } from "./subject-records";

export interface AuditEntry {
  action: AuditAction;
  subjectId: string;
  /** Why, and on whose authority (reason, approvalRequestId…): not part of the subject's state. */
  context?: Record<string, unknown>;
}

/** The subject's last recorded state, as the exact text stored (null when the trail has none). */
async function previousState(tx: Tx, subjectType: string, subjectId: string): Promise<string | null> {
  const last = await tx.auditEvent.findFirst({
    where: { subjectType, subjectId },
    orderBy: { seq: "desc" },
    select: { after: true },
  });
  return last?.after ?? null;
}

/**
 * Runs in the actor's organisation scope (opened here when the caller has none yet): the subject, its
 * previous state and the webhooks notified are all the organisation's.
 */
export function appendAuditEvent(tx: Tx, actor: Actor, entry: AuditEntry) {
  return withinOrganization(actor.organizationId, () => append(tx, actor, entry));
}

async function append(tx: Tx, actor: Actor, entry: AuditEntry) {
  const spec = AUDIT_ACTIONS[entry.action];
  if (!spec) throw new Error(`"${entry.action}" is not an audit action of the catalogue`);
  const subjectType = spec.subject;
  const record = spec.kind === "delete" ? null : await loadRecord(tx, subjectType, entry.subjectId);
  if (spec.kind !== "delete" && !record) throw new Error(`audit: ${subjectType} ${entry.subjectId} does not exist after ${entry.action}`);
  const before = spec.kind === "create" ? null : await previousState(tx, subjectType, entry.subjectId);

  const head = await tx.auditChainHead.update({
    where: { organizationId: actor.organizationId },
    data: { seq: { increment: 1 } },
  });
  const event = {
    organizationId: actor.organizationId,
    seq: head.seq,
    actorType: actor.actorType,
    actorId: actor.actorId,
    actorUserId: actor.userId,
    action: entry.action,
    subjectType,
    subjectId: entry.subjectId,
    before,
    after: record ? canonicalAuditJson(record) : null,
    context: entry.context ? canonicalAuditJson(entry.context) : null,
    createdAt: new Date(),
  };
  const hash = auditHash(event, head.hash);
  await tx.auditChainHead.update({ where: { organizationId: actor.organizationId }, data: { hash } });
  const created = await tx.auditEvent.create({ data: { ...event, prevHash: head.hash, hash } });

  if (spec.webhook) await enqueueWebhookDeliveries(tx, { ...created, type: spec.webhook, data: record });
  if (spec.changesEvidenceOf && record) {
    const versionId = spec.changesEvidenceOf(record);
    if (versionId) await invalidateVotes(tx, actor, versionId, `${spec.staleReason ?? spec.description} (audit event ${created.seq})`);
  }
  return created;
}
