import type { Actor } from "../shared/actor";
import { paginate, type PageArgs } from "../shared/pagination";
import { authorize, Permission } from "../shared/permissions";
import { inOrg } from "../shared/scope";
import { reader } from "../shared/transaction";

export async function listMembers(opts: { actor: Actor; page: PageArgs }) {
  authorize(opts.actor, Permission.READ);
  const where = inOrg(opts.actor);
  const db = reader();
  return paginate(
    opts.page,
    (q) => db.membership.findMany({ where, include: { user: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], ...q }),
    () => db.membership.count({ where }),
  );
}
