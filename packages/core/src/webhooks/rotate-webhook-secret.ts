// Replaces a webhook's signing secret (admins). The new secret is returned once; deliveries sent from
// now on, including retries of pending ones, are signed with it.
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { notFound } from "../shared/errors";
import { id } from "../shared/input";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { publicWebhook, webhookSecret, webhookSecretInput } from "./webhook-fields";

export const rotateWebhookSecret = useCase({
  permission: Permission.ADMIN,
  input: z.object({ id, secret: webhookSecretInput.nullish() }),
  async run({ actor, id, secret: given }) {
    const secret = webhookSecret(given);
    const row = await writeTransaction(async (tx) => {
      const before = await tx.webhook.findUnique({ where: { id } });
      if (!before) throw notFound("Webhook", id);
      const after = await tx.webhook.update({ where: { id: before.id }, data: { secret } });
      await appendAuditEvent(tx, actor, { action: "webhook.rotateSecret", subjectId: after.id });
      return after;
    });
    return { secret, webhook: publicWebhook(row) };
  },
});
