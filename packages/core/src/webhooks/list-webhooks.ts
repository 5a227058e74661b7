import { z } from "zod";
import { pageArgs, paginate } from "../shared/pagination";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { publicWebhook } from "./webhook-fields";

export const listWebhooks = useCase({
  permission: Permission.ADMIN,
  input: z.object({ active: z.boolean().nullish(), page: pageArgs }),
  async run({ active, page: args }) {
    const where = typeof active === "boolean" ? { active } : {};
    const db = reader();
    const page = await paginate(
      args,
      (q) => db.webhook.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...q }),
      () => db.webhook.count({ where }),
    );
    type Row = (typeof page.nodes)[number];
    return { ...page, nodes: page.nodes.map(publicWebhook), cursorOf: (node: { id: string }) => page.cursorOf(node as Row) };
  },
});
