import { Prisma, type AliasModel } from "@canon/db";
import { z } from "zod";
import { notFound } from "../shared/errors";
import { id } from "../shared/input";
import { pageArgs, paginate } from "../shared/pagination";
import { Permission } from "../shared/permissions";
import { scopedOrganizationId } from "../shared/tenancy";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { sqlId, T } from "../sql/names";

/** The aliases of one model, by name. */
export const listAliases = useCase({
  permission: Permission.READ,
  input: z.object({ modelId: id, page: pageArgs }),
  async run({ modelId, page }) {
    const db = reader();
    const model = await db.model.findUnique({ where: { id: modelId }, select: { id: true } });
    if (!model) throw notFound("Model", modelId);
    const where = { modelId };
    return paginate(
      page,
      (q) => db.alias.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], ...q }),
      () => db.alias.count({ where }),
    );
  },
});

type AliasColumn = Prisma.AliasScalarFieldEnum;
const ALIAS_COLUMNS = Object.values(Prisma.AliasScalarFieldEnum);
const A = T.Alias.c;

/**
 * Batch load: the aliases of each model, by name (for the API's DataLoaders), in one raw statement:
 * through the ORM a list of 100 ids costs about a millisecond more (query compilation, parameter
 * rendering); raw rows carry the same values and types. With `columns`, only those columns (and id and
 * modelId) are read: the rows then carry nothing else, whatever their type says. Raw SQL is not scoped by
 * the tenancy extension, so the statement names the scope's organisation itself.
 */
export const loadModelAliases = useCase({
  permission: Permission.READ,
  input: z.object({ ids: z.array(z.string()).max(1_000), columns: z.array(z.enum(Prisma.AliasScalarFieldEnum)).nullish() }),
  async run({ ids, columns: only }) {
    const byModel = new Map<string, AliasModel[]>(ids.map((id) => [id, []]));
    if (byModel.size === 0) return [];
    const columns: readonly AliasColumn[] = only ? [...new Set<AliasColumn>(["id", "modelId", ...only])] : ALIAS_COLUMNS;
    const rows = await reader().$queryRaw<AliasModel[]>`
      SELECT ${Prisma.join(columns.map((c) => sqlId(A[c])))} FROM ${sqlId(T.Alias.name)}
      WHERE ${sqlId(A.modelId)} IN (${Prisma.join([...byModel.keys()])}) AND ${sqlId(A.organizationId)} = ${scopedOrganizationId()}
      ORDER BY ${sqlId(A.name)} ASC, ${sqlId(A.id)} ASC`;
    for (const r of rows) byModel.get(r.modelId)!.push(r);
    return ids.map((id) => byModel.get(id)!);
  },
});
