import { z } from "zod";
import { notFound } from "../shared/errors";
import { id } from "../shared/input";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { publicWebhook } from "./webhook-fields";

export const getWebhook = useCase({
  permission: Permission.ADMIN,
  input: z.object({ id }),
  async run({ id }) {
    const hook = await reader().webhook.findUnique({ where: { id } });
    if (!hook) throw notFound("Webhook", id);
    return publicWebhook(hook);
  },
});
