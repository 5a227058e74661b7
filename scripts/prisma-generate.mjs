// Generates both Prisma clients (SQLite and PostgreSQL) from prisma/schema.prisma.
// Runs after `npm install` / `npm ci`; safe to run again at any time.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { writePostgresSchema } from "./postgres-schema.mjs";

if (!existsSync("prisma/schema.prisma")) process.exit(0);
writePostgresSchema();
const prisma = "node_modules/prisma/build/index.js";
// Each schema needs a DATABASE_URL of its own kind to be set, or Prisma tries to download a native
// engine (see shared/reference/environment.md). Generation never connects to it.
const targets = [
  { config: "prisma/sqlite.config.ts", url: "file:./data/canon.db" },
  { config: "prisma/postgres.config.ts", url: "postgresql://postgres@127.0.0.1:5432/canon" },
];
for (const { config, url } of targets) {
  const env = { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
  execFileSync(process.execPath, [prisma, "generate", "--config", config], { stdio: "inherit", env });
}
