// npm start — the quick start: prepares the configured database (SQLite by default), seeds the demo
// organisation on first run, builds the portal if needed, then serves the API and the portal.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

process.env.CANON_DEMO ??= "1"; // the quick start is a demo; production runs the API and portal directly
const { config } = await import("@canon/config");
const { closeDatabase } = await import("@canon/core");
const { migrateDatabase } = await import("@canon/db");
const { ensureDemo } = await import("../prisma/seed/demo");

const ROOT = path.resolve(import.meta.dirname, "..");
const cfg = config();

console.log(`Canon — preparing ${cfg.databaseProvider} database ${cfg.databaseProvider === "sqlite" ? cfg.databaseUrl.replace(/^file:/, "") : ""}`);
const migrations = await migrateDatabase(cfg.databaseUrl);
if (migrations.applied.length) console.log(`  applied migrations: ${migrations.applied.join(", ")}`);
const demo = await ensureDemo();
await closeDatabase();

if (!existsSync(path.join(ROOT, "apps/portal/.next/BUILD_ID"))) {
  console.log("Building the portal (first run only; about a minute)…");
  const build = spawnSync("npm", ["run", "build", "-w", "@canon/portal"], { cwd: ROOT, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** A random secret kept in data/ across restarts (created on first use, readable by this user only). */
function keptSecret(name: string): string {
  const file = path.join(ROOT, "data", name);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}
// The portal runs as a production Next server: it needs a session secret, and the credential it presents
// to the API (the API, run here in development mode, is given the same one).
const portalSecret = () => process.env.NEXTAUTH_SECRET || keptSecret(".portal-secret");
const portalCredential = process.env.CANON_PORTAL_CREDENTIAL || keptSecret(".portal-credential");

const children: ChildProcess[] = [];
function run(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped (${signal ?? code}); shutting down`);
      stop(code ?? 1);
    }
  });
  children.push(child);
}
let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
  setTimeout(() => process.exit(code), 1_000).unref();
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

const tsx = path.join(ROOT, "node_modules/.bin/tsx");
run("API", tsx, ["apps/api/src/main.ts"], { CANON_PORTAL_CREDENTIAL: portalCredential });
run("portal", "npm", ["run", "start", "-w", "@canon/portal"], { CANON_DEMO: "0", NEXTAUTH_SECRET: portalSecret(), CANON_PORTAL_CREDENTIAL: portalCredential });

const apiUrl = `http://${cfg.api.host}:${cfg.api.port}/graphql`;
console.log(`
  Canon is starting with the demo organisation "${demo.organizationName}".
    API + explorer  ${apiUrl}
    Portal          ${cfg.portal.url}

  Portal logins (demo only):
${demo.people.map((p) => `    ${p.role.padEnd(12)} ${p.email.padEnd(28)} ${p.password}`).join("\n")}

  API tokens (demo only; send as "Authorization: Bearer <token>"):
${demo.tokens.map((t) => `    ${t.role.padEnd(12)} ${t.token}`).join("\n")}

  Press Ctrl+C to stop.
`);
