import { z } from "zod";
import { notFound } from "../shared/errors";
import { id, identifier } from "../shared/input";
import { pageArgs, paginate } from "../shared/pagination";
import { Permission } from "../shared/permissions";
import { orderByWithId } from "../shared/search";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";

/** Every set, move and delete of one alias of a model, newest first (including deleted aliases). */
export const listAliasHistory = useCase({
  permission: Permission.READ,
  input: z.object({ modelId: id, name: identifier(), page: pageArgs }),
  async run({ modelId, name, page }) {
    const db = reader();
    const model = await db.model.findUnique({ where: { id: modelId }, select: { id: true } });
    if (!model) throw notFound("Model", modelId);
    const where = { modelId, name };
    const orderBy = orderByWithId("movedAt", "DESC");
    return paginate(
      page,
      (q) => db.aliasHistory.findMany({ where, orderBy, ...q }),
      () => db.aliasHistory.count({ where }),
    );
  },
});
