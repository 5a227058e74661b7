// prisma/schema.prisma targets SQLite; PostgreSQL gets the same models with its own datasource and
// generated client. This writes prisma/postgres/schema.prisma (not committed; regenerated on install).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

export function postgresSchemaText(sqliteSchema) {
  const out = sqliteSchema
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output                 = "../packages/db/generated/sqlite"', 'output                 = "../../packages/db/generated/postgres"');
  if (out === sqliteSchema || !out.includes("generated/postgres")) {
    throw new Error("prisma/schema.prisma no longer has the expected datasource/generator lines");
  }
  return "// GENERATED from prisma/schema.prisma by scripts/postgres-schema.mjs — do not edit.\n" + out;
}

export function writePostgresSchema() {
  mkdirSync("prisma/postgres", { recursive: true });
  const text = postgresSchemaText(readFileSync("prisma/schema.prisma", "utf8"));
  writeFileSync("prisma/postgres/schema.prisma", text);
}
