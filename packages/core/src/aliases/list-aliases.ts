import { Prisma, type AliasModel } from "@canon/db";
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

const ALIAS_COLUMNS = Object.values(Prisma.AliasScalarFieldEnum);

/**
 * Batch load: the aliases of each model, by name (for the API's DataLoaders), in one raw statement:
 * through the ORM a list of 100 ids costs about a millisecond more (query compilation, parameter
 * rendering); raw rows carry the same values and types. With `columns`, only those columns (and id and
 * modelId) are read: the rows then carry nothing else, whatever their type says.
 */
export async function loadModelAliases(opts: { actor: Actor; ids: readonly string[]; columns?: readonly Prisma.AliasScalarFieldEnum[] }) {
  authorize(opts.actor, Permission.READ);
  const byModel = new Map<string, AliasModel[]>(opts.ids.map((id) => [id, []]));
  if (byModel.size === 0) return [];
  const columns = opts.columns ? [...new Set<Prisma.AliasScalarFieldEnum>(["id", "modelId", ...opts.columns])] : ALIAS_COLUMNS;
  for (const c of columns) if (!ALIAS_COLUMNS.includes(c)) throw new Error(`not an Alias column: ${c}`);
  const rows = await reader().$queryRaw<AliasModel[]>`
    SELECT ${Prisma.raw(columns.map((c) => `"${c}"`).join(", "))} FROM "Alias"
    WHERE "modelId" IN (${Prisma.join([...byModel.keys()])}) AND "organizationId" = ${opts.actor.organizationId}
    ORDER BY "name" ASC, "id" ASC`;
  for (const r of rows) byModel.get(r.modelId)!.push(r);
  return opts.ids.map((id) => byModel.get(id)!);
}
