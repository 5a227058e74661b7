// "Send test event": enqueues one "webhook.test" delivery to this webhook only (whatever it subscribes
// to). It is a state change (a delivery row is written), so it is audited; the delivery carries the
// audit event's id like every other delivery.
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { conflict, notFound } from "../shared/errors";
import { id } from "../shared/input";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { newDeliveryId, webhookPayload } from "./enqueue-deliveries";
import { TEST_EVENT_TYPE } from "./event-types";
import { publicWebhook } from "./webhook-fields";

export const sendTestWebhook = useCase({
  permission: Permission.ADMIN,
  input: z.object({ id }),
  async run({ actor, id }) {
    return writeTransaction(async (tx) => {
      const hook = await tx.webhook.findUnique({ where: { id } });
      if (!hook) throw notFound("Webhook", id);
      if (!hook.active) throw conflict(`Webhook ${hook.id} is inactive; activate it before sending a test event`);
      const deliveryId = newDeliveryId();
      const data = { webhookId: hook.id, url: hook.url, events: publicWebhook(hook).events, message: "Test event sent from Canon" };
      const event = await appendAuditEvent(tx, actor, { action: "webhook.test", subjectId: hook.id, context: { deliveryId, url: hook.url } });
      const now = new Date();
      return tx.webhookDelivery.create({
        data: {
          id: deliveryId,
          webhookId: hook.id,
          eventType: TEST_EVENT_TYPE,
          nextAttemptAt: now,
          createdAt: now,
          payload: webhookPayload(deliveryId, TEST_EVENT_TYPE, event, data) as object,
        },
      });
    });
  },
});
