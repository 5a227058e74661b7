import { z } from "zod";
import { pageArgs, paginate } from "../shared/pagination";
import { can, Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { publicToken } from "./public-token";

/** Admins see every token of the organisation; anyone else sees their own. */
export const listApiTokens = useCase({
  permission: Permission.READ,
  input: z.object({ page: pageArgs }),
  async run({ actor, page: args }) {
    const where = can(actor.role, Permission.ADMIN) ? {} : { userId: actor.userId ?? "" };
    const db = reader();
    const page = await paginate(
      args,
      (q) => db.apiToken.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...q }),
      () => db.apiToken.count({ where }),
    );
    return { ...page, nodes: page.nodes.map(publicToken) };
  },
});
