import { z } from "zod";
import { notFound } from "../shared/errors";
import { id } from "../shared/input";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";

export const getAISystem = useCase({
  permission: Permission.READ,
  input: z.object({ id }),
  async run({ id }) {
    const system = await reader().aISystem.findUnique({ where: { id } });
    if (!system) throw notFound("AI system", id);
    return system;
  },
});
