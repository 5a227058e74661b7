// Registers a webhook endpoint (admins). The signing secret is returned once, here; it is stored as
// given because signing needs the plain value (encrypting it at rest is a later change).
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf, type Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { publicWebhook, webhookFields, webhookSecret } from "./webhook-fields";

export interface CreateWebhookInput {
  url: string;
  description?: string | null;
  /** Event types to receive (see WEBHOOK_EVENT_TYPES); at least one. */
  events: string[];
  /** At least 32 characters; generated when omitted. */
  secret?: string | null;
}

export async function createWebhook(opts: { actor: Actor; input: CreateWebhookInput }) {
  authorize(opts.actor, Permission.ADMIN);
  const fields = webhookFields({ ...opts.input, active: true }, true);
  const secret = webhookSecret(opts.input.secret);
  const row = await writeTransaction(async (tx) => {
    const created = await tx.webhook.create({
      data: {
        organizationId: opts.actor.organizationId,
        url: fields.url!,
        description: fields.description ?? null,
        events: fields.events!,
        active: true,
        secret,
        createdById: personOf(opts.actor),
      },
    });
    await appendAuditEvent(tx, opts.actor, { action: "webhook.create", subjectId: created.id });
    return created;
  });
  return { secret, webhook: publicWebhook(row) };
}
