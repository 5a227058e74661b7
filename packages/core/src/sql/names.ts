// The table and column names raw SQL spells, in one place. Prisma names tables and columns after the
// models and fields unless the schema says otherwise (@@map / @map); names.test.ts fails if the schema
// renames or maps any name listed here, so raw SQL cannot silently drift from the schema.
//
// Use `T.<Table>.name` / `T.<Table>.c.<column>` inside SQL text (already quoted), or the `sqlId` form in
// Prisma's tagged templates.
import { Prisma } from "@canon/db";

function table<const C extends readonly string[]>(model: string, columns: C) {
  const c = Object.fromEntries(columns.map((column) => [column, `"${column}"`])) as { readonly [K in C[number]]: string };
  return { model, name: `"${model}"`, columns, c } as const;
}

/** Every table and column used by raw SQL in core. */
export const T = {
  AISystem: table("AISystem", ["id", "organizationId"]),
  Alias: table("Alias", ["id", "organizationId", "modelId", "name", "versionId", "protected", "createdAt", "updatedAt"]),
  AuditChainHead: table("AuditChainHead", ["organizationId", "seq", "hash"]),
  AuditEvent: table("AuditEvent", [
    "id",
    "organizationId",
    "seq",
    "actorType",
    "actorId",
    "actorUserId",
    "action",
    "subjectType",
    "subjectId",
    "before",
    "after",
    "context",
    "createdAt",
    "prevHash",
    "hash",
  ]),
  Evaluation: table("Evaluation", [
    "id",
    "organizationId",
    "modelVersionId",
    "datasetVersionId",
    "suite",
    "runId",
    "runUrl",
    "notes",
    "passed",
    "evaluatedAt",
    "createdById",
    "createdAt",
  ]),
  JobOutputChunk: table("JobOutputChunk", ["jobId", "attempt", "index", "bytes"]),
  Model: table("Model", ["id", "organizationId"]),
  ModelVersion: table("ModelVersion", [
    "id",
    "organizationId",
    "modelId",
    "number",
    "stage",
    "artifactUri",
    "artifactDigest",
    "artifactSize",
    "format",
    "sourceCommit",
    "runId",
    "runUrl",
    "hyperparameters",
    "description",
    "parentVersionId",
    "parentRelation",
    "approvedAt",
    "archivedAt",
    "createdById",
    "createdAt",
    "updatedAt",
  ]),
  Organization: table("Organization", ["id", "slug"]),
} as const;

/** A quoted identifier for Prisma's tagged templates (never a bound parameter). */
export function sqlId(quoted: string): Prisma.Sql {
  if (!/^"[A-Za-z_][A-Za-z0-9_]*"$/.test(quoted)) throw new Error(`not a quoted identifier: ${quoted}`);
  return Prisma.raw(quoted);
}

/** A quoted, comma-separated column list for Prisma's tagged templates. */
export function sqlColumns(columns: readonly string[]): Prisma.Sql {
  return Prisma.raw(columns.map((c) => sqlId(`"${c}"`).text).join(", "));
}
