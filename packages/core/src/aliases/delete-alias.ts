// Removes an alias. The history keeps a row for the removal (toVersionId null), so "what did it point
// to on date D" can still be answered afterwards. A protected alias is never removed (see set-alias.ts).
import { z } from "zod";
import { notFound } from "../shared/errors";
import { id, identifier, optionalText } from "../shared/input";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { changeAlias } from "./move-alias";
import { protectedAliasRefusal } from "./set-alias";

export const deleteAlias = useCase({
  permission: Permission.WRITE,
  input: z.object({ modelId: id, name: identifier(), reason: optionalText(2_000) }),
  async run({ actor, modelId, name, reason }) {
    return writeTransaction(async (tx) => {
      const model = await tx.model.findUnique({ where: { id: modelId }, select: { id: true } });
      if (!model) throw notFound("Model", modelId);
      const before = await tx.alias.findFirst({ where: { modelId: model.id, name } });
      if (!before) throw notFound(`Alias "${name}" of model`, model.id);
      if (before.protected) throw protectedAliasRefusal(name, "is protected and cannot be deleted");
      await changeAlias(tx, actor, { modelId: model.id, name, current: before, toVersionId: null, reason: reason ?? null });
      return before;
    });
  },
});
