// Replaces a webhook's signing secret (admins). The new secret is returned once; deliveries sent from
// now on, including retries of pending ones, are signed with it.
import { appendAuditEvent } from "../audit/append-audit-event";
import type { Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { writeTransaction } from "../shared/transaction";
import { publicWebhook, webhookSecret } from "./webhook-fields";

export async function rotateWebhookSecret(opts: { actor: Actor; id: string; secret?: string | null }) {
  authorize(opts.actor, Permission.ADMIN);
  const secret = webhookSecret(opts.secret);
  const row = await writeTransaction(async (tx) => {
    const before = await findInOrg(opts.actor, "Webhook", opts.id, (where) => tx.webhook.findFirst({ where }));
    const after = await tx.webhook.update({ where: { id: before.id }, data: { secret } });
    await appendAuditEvent(tx, opts.actor, { action: "webhook.rotateSecret", subjectId: after.id });
    return after;
  });
  return { secret, webhook: publicWebhook(row) };
}
