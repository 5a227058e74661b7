import type { Actor } from "../shared/actor";
import { paginate, type PageArgs } from "../shared/pagination";
import { authorize, Permission } from "../shared/permissions";
import { inOrg } from "../shared/scope";
import { reader } from "../shared/transaction";
import { publicToken } from "./public-token";

export async function listApiTokens(opts: { actor: Actor; page: PageArgs }) {
  authorize(opts.actor, Permission.ADMIN);
  const where = inOrg(opts.actor);
  const db = reader();
  const page = await paginate(
    opts.page,
    (q) => db.apiToken.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...q }),
    () => db.apiToken.count({ where }),
  );
  return { ...page, nodes: page.nodes.map(publicToken) };
}
