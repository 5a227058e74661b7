import { z } from "zod";
import { notFound } from "../shared/errors";
import { id } from "../shared/input";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";

export const getDeployment = useCase({
  permission: Permission.READ,
  input: z.object({ id }),
  async run({ id }) {
    const deployment = await reader().deployment.findUnique({ where: { id } });
    if (!deployment) throw notFound("Deployment", id);
    return deployment;
  },
});
