import type { Actor } from "../shared/actor";
import { paginate, type PageArgs } from "../shared/pagination";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg, inOrg } from "../shared/scope";
import { orderByWithId } from "../shared/search";
import { reader } from "../shared/transaction";
import { identifier } from "../shared/validate";

/** Every set, move and delete of one alias of a model, newest first (including deleted aliases). */
export async function listAliasHistory(opts: { actor: Actor; modelId: string; name: string; page: PageArgs }) {
  authorize(opts.actor, Permission.READ);
  const name = identifier("name", opts.name);
  const db = reader();
  await findInOrg(opts.actor, "Model", opts.modelId, (where) => db.model.findFirst({ where, select: { id: true } }));
  const where = inOrg(opts.actor, { modelId: opts.modelId, name });
  const orderBy = orderByWithId("movedAt", "DESC");
  return paginate(
    opts.page,
    (q) => db.aliasHistory.findMany({ where, orderBy, ...q }),
    () => db.aliasHistory.count({ where }),
  );
}
