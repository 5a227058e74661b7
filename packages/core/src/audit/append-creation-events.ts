// Creation events for many subjects of one type at once, for bulk loads (the bench seed, imports):
// the same whole records, action names and chain as appendAuditEvent writes one by one, at a fraction
// of the statements (records loaded in batches, the chain head moved once per call). The catalogue's
// hooks still apply: subscribed webhooks are notified, and actions that change approval evidence are
// refused here unless no request is pending (a bulk load never races a vote).
import type { Actor } from "../shared/actor";
import { withinOrganization } from "../shared/tenancy";
import type { Tx } from "../shared/transaction";
import { enqueueWebhookDeliveries } from "../webhooks/enqueue-deliveries";
import { AUDIT_ACTIONS, type AuditAction } from "./actions";
import { auditHash, canonicalAuditJson } from "./canonical";
import { loadRecords } from "./subject-records";

/** Runs in the actor's organisation scope (opened here when the caller, a bulk loader, has none). */
export function appendCreationEvents(tx: Tx, actor: Actor, action: AuditAction, subjectIds: string[], context?: Record<string, unknown>): Promise<number> {
  return withinOrganization(actor.organizationId, () => appendAll(tx, actor, action, subjectIds, context));
}

async function appendAll(tx: Tx, actor: Actor, action: AuditAction, subjectIds: string[], context?: Record<string, unknown>): Promise<number> {
  const spec = AUDIT_ACTIONS[action];
  if (spec.kind !== "create") throw new Error(`appendCreationEvents takes creation actions only, not ${action}`);
  if (subjectIds.length === 0) return 0;
  if (spec.changesEvidenceOf && (await tx.approvalRequest.count({ where: { status: "PENDING" } })) > 0) {
    throw new Error(`${action} in bulk would change the evidence of pending approval requests; write it through the use case`);
  }
  const records = await loadRecords(tx, spec.subject, subjectIds);
  const head = await tx.auditChainHead.update({ where: { organizationId: actor.organizationId }, data: { seq: { increment: subjectIds.length } } });
  let seq = head.seq - subjectIds.length;
  // The increment left the head's hash as it was: the hash of the last event before these.
  let prevHash = head.hash;
  const contextText = context ? canonicalAuditJson(context) : null;
  const createdAt = new Date();
  const events = subjectIds.map((subjectId) => {
    const record = records.get(subjectId);
    if (!record) throw new Error(`audit: ${spec.subject} ${subjectId} does not exist`);
    seq += 1;
    const event = {
      organizationId: actor.organizationId,
      seq,
      actorType: actor.actorType,
      actorId: actor.actorId,
      actorUserId: actor.userId,
      action,
      subjectType: spec.subject,
      subjectId,
      before: null,
      after: canonicalAuditJson(record),
      context: contextText,
      createdAt,
    };
    const hash = auditHash(event, prevHash);
    const row = { ...event, prevHash, hash };
    prevHash = hash;
    return row;
  });
  await tx.auditChainHead.update({ where: { organizationId: actor.organizationId }, data: { hash: prevHash } });
  await tx.auditEvent.createMany({ data: events });
  if (spec.webhook && (await tx.webhook.count({ where: { active: true } })) > 0) {
    const created = await tx.auditEvent.findMany({ where: { seq: { gt: events[0]!.seq - 1, lte: seq } }, orderBy: { seq: "asc" } });
    for (const e of created) await enqueueWebhookDeliveries(tx, { ...e, type: spec.webhook, data: records.get(e.subjectId!) });
  }
  return events.length;
}
