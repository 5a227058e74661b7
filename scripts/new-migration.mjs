// npm run db:new-migration -- <name>
// Writes the SQL that takes both stores from the committed migrations to prisma/schema.prisma, as
// prisma/migrations/{sqlite,postgres}/<timestamp>_<name>/migration.sql. (`prisma migrate dev` fails on
// these machines; `migrate diff` works offline.) Review the SQL before committing it.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writePostgresSchema } from "./postgres-schema.mjs";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:new-migration -- <name>");
  process.exit(2);
}
writePostgresSchema();
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const prisma = "node_modules/prisma/build/index.js";
const scratch = mkdtempSync(path.join(tmpdir(), "canon-migrate-"));

const targets = [
  { dir: "sqlite", schema: "prisma/schema.prisma", config: "prisma/sqlite.config.ts", url: `file:${scratch}/shadow.db` },
  { dir: "postgres", schema: "prisma/postgres/schema.prisma", config: "prisma/postgres.config.ts", url: "postgresql://postgres@127.0.0.1:5432/postgres" },
];

for (const t of targets) {
  const from = path.join("prisma", "migrations", t.dir);
  const hasMigrations = readdirSync(from).length > 0;
  const args = [prisma, "migrate", "diff", "--config", t.config, "--to-schema-datamodel", t.schema, "--script"];
  args.push(...(hasMigrations ? ["--from-migrations", from] : ["--from-empty"]));
  const env = { ...process.env, DATABASE_URL: t.url, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
  let sql = execFileSync(process.execPath, args, { env, encoding: "utf8" });
  // Prisma 6.19 writes Json defaults of {} unquoted, which neither SQLite nor PostgreSQL accepts.
  sql = sql.replace(/DEFAULT \{\}/g, "DEFAULT '{}'");
  if (/^\s*(-- This is an empty migration\.)?\s*$/.test(sql)) {
    console.log(`${t.dir}: no changes`);
    continue;
  }
  const dir = path.join(from, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  console.log(`${t.dir}: wrote ${dir}/migration.sql`);
}
