import { z } from "zod";
import { notFound } from "../shared/errors";
import { id } from "../shared/input";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";

export const getModelVersion = useCase({
  permission: Permission.READ,
  input: z.object({ id }),
  async run({ id }) {
    const version = await reader().modelVersion.findUnique({ where: { id } });
    if (!version) throw notFound("Model version", id);
    return version;
  },
});
