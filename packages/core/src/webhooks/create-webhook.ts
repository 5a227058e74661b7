// Registers a webhook endpoint (admins). The signing secret is returned once, here; it is stored as
// given because signing needs the plain value (encrypting it at rest is a later change).
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf } from "../shared/actor";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { createWebhookInput, publicWebhook, webhookSecret } from "./webhook-fields";

export { createWebhookInput, type CreateWebhookInput } from "./webhook-fields";

export const createWebhook = useCase({
  permission: Permission.ADMIN,
  input: z.object({ input: createWebhookInput }),
  async run({ actor, input }) {
    const secret = webhookSecret(input.secret);
    const row = await writeTransaction(async (tx) => {
      const created = await tx.webhook.create({
        data: {
          url: input.url,
          description: input.description ?? null,
          events: input.events,
          active: true,
          secret,
          createdById: personOf(actor),
        } as any,
      });
      await appendAuditEvent(tx, actor, { action: "webhook.create", subjectId: created.id });
      return created;
    });
    return { secret, webhook: publicWebhook(row) };
  },
});
