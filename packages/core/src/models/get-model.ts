import { z } from "zod";
import { notFound } from "../shared/errors";
import { id } from "../shared/input";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";

export const getModel = useCase({
  permission: Permission.READ,
  input: z.object({ id }),
  async run({ id }) {
    const model = await reader().model.findUnique({ where: { id } });
    if (!model) throw notFound("Model", id);
    return model;
  },
});
