// Changes a webhook's URL, events, description or active flag (admins). Deactivating keeps the webhook
// and its delivery log; deliveries still pending are cancelled (FAILED, "webhook deactivated") in the
// same transaction so they are never sent later by surprise.
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { notFound } from "../shared/errors";
import { defined, id } from "../shared/input";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { publicWebhook, webhookFieldsInput } from "./webhook-fields";

export const DEACTIVATED_ERROR = "cancelled: webhook deactivated before delivery";

export const updateWebhook = useCase({
  permission: Permission.ADMIN,
  input: z.object({ id, input: webhookFieldsInput }),
  async run({ actor, id, input }) {
    const data = defined({ ...input, events: input.events ?? undefined, active: input.active ?? undefined });
    return writeTransaction(async (tx) => {
      const before = await tx.webhook.findUnique({ where: { id } });
      if (!before) throw notFound("Webhook", id);
      const after = await tx.webhook.update({ where: { id: before.id }, data });
      let cancelled = 0;
      if (before.active && !after.active) {
        const res = await tx.webhookDelivery.updateMany({
          where: { webhookId: before.id, status: "PENDING" },
          data: { status: "FAILED", lastError: DEACTIVATED_ERROR },
        });
        cancelled = res.count;
      }
      await appendAuditEvent(tx, actor, { action: "webhook.update", subjectId: after.id, context: cancelled ? { cancelledDeliveries: cancelled } : undefined });
      return publicWebhook(after);
    });
  },
});
