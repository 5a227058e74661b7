import type { Actor } from "../shared/actor";
import { paginate, type PageArgs } from "../shared/pagination";
import { authorize, can, Permission } from "../shared/permissions";
import { inOrg } from "../shared/scope";
import { reader } from "../shared/transaction";

/** The members, oldest first. Without MEMBER_CONTACTS (viewers), people are shown by name, not email. */
export async function listMembers(opts: { actor: Actor; page: PageArgs }) {
  authorize(opts.actor, Permission.READ);
  const where = inOrg(opts.actor);
  const db = reader();
  const contacts = can(opts.actor.role, Permission.MEMBER_CONTACTS);
  const page = await paginate(
    opts.page,
    (q) => db.membership.findMany({ where, include: { user: { select: { id: true, email: true, name: true } } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], ...q }),
    () => db.membership.count({ where }),
  );
  return { ...page, nodes: page.nodes.map((m) => ({ ...m, user: { ...m.user, email: contacts ? m.user.email : null } })) };
}
