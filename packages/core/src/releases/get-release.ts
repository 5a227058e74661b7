import { z } from "zod";
import { notFound } from "../shared/errors";
import { id } from "../shared/input";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";

export const getRelease = useCase({
  permission: Permission.READ,
  input: z.object({ id }),
  async run({ id }) {
    const release = await reader().release.findUnique({ where: { id } });
    if (!release) throw notFound("Release", id);
    return release;
  },
});
