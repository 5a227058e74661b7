// Batch loads for the API's DataLoaders: one query for all keys, results in key order, scoped to the
// caller's organisation (another tenant's id loads as null).
import { Prisma, type ModelVersionModel } from "@canon/db";
import { z } from "zod";
import { Permission } from "../shared/permissions";
import { scopedOrganizationId } from "../shared/tenancy";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { sqlColumns, sqlId, T } from "../sql/names";

/** The keys of one DataLoader batch (the API's loaders hold at most 1000). */
const keys = z.array(z.string()).max(1_000);

type ModelVersionColumn = Prisma.ModelVersionScalarFieldEnum;
const VERSION_COLUMNS = Object.values(Prisma.ModelVersionScalarFieldEnum);

/** The column names for raw SQL, each one that sql/names.ts guards against the schema. */
function versionColumns(columns: readonly ModelVersionColumn[]): Prisma.Sql {
  for (const c of columns) if (!(T.ModelVersion.columns as readonly string[]).includes(c)) throw new Error(`not a ModelVersion column in sql/names.ts: ${c}`);
  return sqlColumns(columns);
}

/**
 * The versions with the given ids, in one raw statement: through the ORM a list of 100 ids costs about
 * a millisecond more (query compilation, parameter rendering); raw rows carry the same values and types.
 * With `columns`, only those columns (and the id) are read: the rows then carry nothing else, whatever
 * their type says. For callers that know which fields they will use (the API, from the query).
 */
export const loadModelVersions = useCase({
  permission: Permission.READ,
  input: z.object({ ids: keys, columns: z.array(z.enum(Prisma.ModelVersionScalarFieldEnum)).optional() }),
  async run({ ids, columns }) {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const selected = columns ? [...new Set<ModelVersionColumn>(["id", ...columns])] : VERSION_COLUMNS;
    const V = T.ModelVersion;
    const rows = await reader().$queryRaw<ModelVersionModel[]>`
      SELECT ${versionColumns(selected)} FROM ${sqlId(V.name)}
      WHERE ${sqlId(V.c.id)} IN (${Prisma.join(unique)}) AND ${sqlId(V.c.organizationId)} = ${scopedOrganizationId()}`;
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  },
});

/** Tags of each version, sorted. */
export const loadModelVersionTags = useCase({
  permission: Permission.READ,
  input: z.object({ ids: keys }),
  async run({ ids }) {
    const rows = await reader().modelVersionTag.findMany({
      where: { versionId: { in: [...new Set(ids)] } },
      orderBy: { tag: "asc" },
    });
    const byVersion = new Map<string, string[]>();
    for (const r of rows) byVersion.set(r.versionId, [...(byVersion.get(r.versionId) ?? []), r.tag]);
    return ids.map((id) => byVersion.get(id) ?? []);
  },
});

/** The dataset versions each model version was built from, with their role. */
export const loadModelVersionLineage = useCase({
  permission: Permission.READ,
  input: z.object({ ids: keys }),
  async run({ ids }) {
    const rows = await reader().modelVersionDataset.findMany({
      where: { versionId: { in: [...new Set(ids)] } },
      include: { datasetVersion: true },
      orderBy: [{ role: "asc" }, { datasetVersionId: "asc" }],
    });
    const byVersion = new Map<string, typeof rows>();
    for (const r of rows) byVersion.set(r.versionId, [...(byVersion.get(r.versionId) ?? []), r]);
    return ids.map((id) => byVersion.get(id) ?? []);
  },
});
