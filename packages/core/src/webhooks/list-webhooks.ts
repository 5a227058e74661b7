import type { Actor } from "../shared/actor";
import { paginate, type PageArgs } from "../shared/pagination";
import { authorize, Permission } from "../shared/permissions";
import { inOrg } from "../shared/scope";
import { reader } from "../shared/transaction";
import { publicWebhook } from "./webhook-fields";

export async function listWebhooks(opts: { actor: Actor; active?: boolean | null; page: PageArgs }) {
  authorize(opts.actor, Permission.ADMIN);
  const where = inOrg(opts.actor, typeof opts.active === "boolean" ? { active: opts.active } : {});
  const db = reader();
  const page = await paginate(
    opts.page,
    (q) => db.webhook.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...q }),
    () => db.webhook.count({ where }),
  );
  type Row = (typeof page.nodes)[number];
  return { ...page, nodes: page.nodes.map(publicWebhook), cursorOf: (node: { id: string }) => page.cursorOf(node as Row) };
}
