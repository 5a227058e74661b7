// Retires a version: stage ARCHIVED with the time. A version that an alias still points to cannot be
// archived (move or delete the alias first), so pipelines never resolve an alias to an archived version.
import { z } from "zod";
import { conflict, notFound } from "../shared/errors";
import { id } from "../shared/input";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { archiveVersion } from "./archive-version";

export const archiveModelVersion = useCase({
  permission: Permission.WRITE,
  input: z.object({ id }),
  async run({ actor, id }) {
    return writeTransaction(async (tx) => {
      const before = await tx.modelVersion.findUnique({ where: { id } });
      if (!before) throw notFound("Model version", id);
      if (before.stage === "ARCHIVED") throw conflict(`Model version ${before.id} is already archived`);
      return archiveVersion(tx, actor, before.id);
    });
  },
});
