import { z } from "zod";
import { pageArgs, paginate } from "../shared/pagination";
import { can, Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";

/** The members, oldest first. Without MEMBER_CONTACTS (viewers), people are shown by name, not email. */
export const listMembers = useCase({
  permission: Permission.READ,
  input: z.object({ page: pageArgs }),
  async run({ actor, page: args }) {
    const db = reader();
    const contacts = can(actor.role, Permission.MEMBER_CONTACTS);
    const page = await paginate(
      args,
      (q) =>
        db.membership.findMany({ include: { user: { select: { id: true, email: true, name: true } } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], ...q }),
      () => db.membership.count(),
    );
    return { ...page, nodes: page.nodes.map((m) => ({ ...m, user: { ...m.user, email: contacts ? m.user.email : null } })) };
  },
});
