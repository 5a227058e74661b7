import type { Actor } from "../shared/actor";
import { paginate, type PageArgs } from "../shared/pagination";
import { authorize, can, Permission } from "../shared/permissions";
import { inOrg } from "../shared/scope";
import { reader } from "../shared/transaction";
import { publicToken } from "./public-token";

/** Admins see every token of the organisation; anyone else sees their own. */
export async function listApiTokens(opts: { actor: Actor; page: PageArgs }) {
  authorize(opts.actor, Permission.READ);
  const where = can(opts.actor.role, Permission.ADMIN) ? inOrg(opts.actor) : inOrg(opts.actor, { userId: opts.actor.userId ?? "" });
  const db = reader();
  const page = await paginate(
    opts.page,
    (q) => db.apiToken.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...q }),
    () => db.apiToken.count({ where }),
  );
  return { ...page, nodes: page.nodes.map(publicToken) };
}
