// The delivery log of one webhook, newest first. Deliveries belong to the webhook's organisation: the
// webhook is looked up in the caller's organisation first (other tenants' ids are NOT_FOUND).
import { DeliveryStatus } from "@canon/db";
import { z } from "zod";
import { notFound } from "../shared/errors";
import { id, optionalEnum } from "../shared/input";
import { pageArgs, paginate } from "../shared/pagination";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";

export const listWebhookDeliveries = useCase({
  permission: Permission.ADMIN,
  input: z.object({ webhookId: id, status: optionalEnum(DeliveryStatus), page: pageArgs }),
  async run({ webhookId, status, page }) {
    const db = reader();
    const hook = await db.webhook.findUnique({ where: { id: webhookId }, select: { id: true } });
    if (!hook) throw notFound("Webhook", webhookId);
    const where = { webhookId: hook.id, ...(status ? { status } : {}) };
    return paginate(
      page,
      (q) => db.webhookDelivery.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...q }),
      () => db.webhookDelivery.count({ where }),
    );
  },
});
