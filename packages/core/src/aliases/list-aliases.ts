import type { Actor } from "../shared/actor";
import { paginate, type PageArgs } from "../shared/pagination";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg, inOrg } from "../shared/scope";
import { reader } from "../shared/transaction";

/** The aliases of one model, by name. */
export async function listAliases(opts: { actor: Actor; modelId: string; page: PageArgs }) {
  authorize(opts.actor, Permission.READ);
  const db = reader();
  await findInOrg(opts.actor, "Model", opts.modelId, (where) => db.model.findFirst({ where, select: { id: true } }));
  const where = inOrg(opts.actor, { modelId: opts.modelId });
  return paginate(
    opts.page,
    (q) => db.alias.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], ...q }),
    () => db.alias.count({ where }),
  );
}

/** Batch load: the aliases of each model, by name (for the API's DataLoaders). */
export async function loadModelAliases(opts: { actor: Actor; ids: readonly string[] }) {
  authorize(opts.actor, Permission.READ);
  const rows = await reader().alias.findMany({
    where: { modelId: { in: [...new Set(opts.ids)] }, organizationId: opts.actor.organizationId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  const byModel = new Map<string, typeof rows>();
  for (const r of rows) byModel.set(r.modelId, [...(byModel.get(r.modelId) ?? []), r]);
  return opts.ids.map((id) => byModel.get(id) ?? []);
}
