// Changes a webhook's URL, events, description or active flag (admins). Deactivating keeps the webhook
// and its delivery log; deliveries still pending are cancelled (FAILED, "webhook deactivated") in the
// same transaction so they are never sent later by surprise.
import { appendAuditEvent } from "../audit/append-audit-event";
import type { Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { writeTransaction } from "../shared/transaction";
import { defined } from "../shared/validate";
import { publicWebhook, webhookFields, type WebhookFieldsInput } from "./webhook-fields";

export const DEACTIVATED_ERROR = "cancelled: webhook deactivated before delivery";

export async function updateWebhook(opts: { actor: Actor; id: string; input: WebhookFieldsInput }) {
  authorize(opts.actor, Permission.ADMIN);
  const data = defined(webhookFields(opts.input, false));
  return writeTransaction(async (tx) => {
    const before = await findInOrg(opts.actor, "Webhook", opts.id, (where) => tx.webhook.findFirst({ where }));
    const after = await tx.webhook.update({ where: { id: before.id }, data });
    let cancelled = 0;
    if (before.active && !after.active) {
      const res = await tx.webhookDelivery.updateMany({
        where: { webhookId: before.id, status: "PENDING" },
        data: { status: "FAILED", lastError: DEACTIVATED_ERROR },
      });
      cancelled = res.count;
    }
    await appendAuditEvent(tx, opts.actor, { action: "webhook.update", subjectId: after.id, context: cancelled ? { cancelledDeliveries: cancelled } : undefined });
    return publicWebhook(after);
  });
}
