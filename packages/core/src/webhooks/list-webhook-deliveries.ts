// The delivery log of one webhook, newest first. Deliveries belong to the webhook's organisation: the
// webhook is looked up in the caller's organisation first (other tenants' ids are NOT_FOUND).
import type { DeliveryStatus } from "@canon/db";
import type { Actor } from "../shared/actor";
import { paginate, type PageArgs } from "../shared/pagination";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { reader } from "../shared/transaction";
import { oneOf } from "../shared/validate";

const STATUSES: readonly DeliveryStatus[] = ["PENDING", "SUCCEEDED", "FAILED"];

export async function listWebhookDeliveries(opts: { actor: Actor; webhookId: string; status?: DeliveryStatus | null; page: PageArgs }) {
  authorize(opts.actor, Permission.ADMIN);
  const status = oneOf("status", opts.status, STATUSES);
  const db = reader();
  const hook = await findInOrg(opts.actor, "Webhook", opts.webhookId, (where) => db.webhook.findFirst({ where, select: { id: true } }));
  const where = { webhookId: hook.id, ...(status ? { status } : {}) };
  return paginate(
    opts.page,
    (q) => db.webhookDelivery.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...q }),
    () => db.webhookDelivery.count({ where }),
  );
}
