// npm run db:new-migration -- <name> [--from <git revision>]
// Writes the SQL that takes both stores from the schema at the last commit (or --from REV) to the
// working-tree prisma/schema.prisma, as prisma/migrations/{sqlite,postgres}/<timestamp>_<name>/migration.sql.
// (`prisma migrate dev` fails on these machines, and diffing from the migrations folder needs a shadow
// database the driver adapter cannot provide; diffing two datamodels works offline.) Review the SQL.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { postgresSchemaText, writePostgresSchema } from "./postgres-schema.mjs";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
const fromIndex = process.argv.indexOf("--from");
const fromRev = fromIndex > 0 ? process.argv[fromIndex + 1] : "HEAD";
if (!name) {
  console.error("usage: npm run db:new-migration -- <name>");
  process.exit(2);
}
writePostgresSchema();
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const prisma = "node_modules/prisma/build/index.js";
const scratch = mkdtempSync(path.join(tmpdir(), "canon-migrate-"));

const previous = execFileSync("git", ["show", `${fromRev}:prisma/schema.prisma`], { encoding: "utf8" });
writeFileSync(path.join(scratch, "previous.sqlite.prisma"), previous);
writeFileSync(path.join(scratch, "previous.postgres.prisma"), postgresSchemaText(previous));

const targets = [
  { dir: "sqlite", schema: "prisma/schema.prisma", config: "prisma/sqlite.config.ts", url: `file:${scratch}/scratch.db` },
  { dir: "postgres", schema: "prisma/postgres/schema.prisma", config: "prisma/postgres.config.ts", url: "postgresql://postgres@127.0.0.1:5432/postgres" },
];

for (const t of targets) {
  const from = path.join("prisma", "migrations", t.dir);
  const hasMigrations = readdirSync(from).some((f) => /^\d/.test(f));
  const args = [prisma, "migrate", "diff", "--config", t.config, "--to-schema-datamodel", t.schema, "--script"];
  args.push(...(hasMigrations ? ["--from-schema-datamodel", path.join(scratch, `previous.${t.dir}.prisma`)] : ["--from-empty"]));
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
