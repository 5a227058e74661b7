import type { Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { reader } from "../shared/transaction";
import { publicWebhook } from "./webhook-fields";

export async function getWebhook(opts: { actor: Actor; id: string }) {
  authorize(opts.actor, Permission.ADMIN);
  return publicWebhook(await findInOrg(opts.actor, "Webhook", opts.id, (where) => reader().webhook.findFirst({ where })));
}
