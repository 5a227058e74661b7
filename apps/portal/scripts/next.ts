// `npm run start|dev -w @canon/portal`: runs `next start` / `next dev` on the configured port (PORTAL_PORT),
// giving next-auth the configured public URL (NEXTAUTH_URL). The configuration is checked here first, in
// the mode the server will run in, so e.g. a production start without NEXTAUTH_SECRET stops at once.
// The secret itself is not passed on: the server reads it from its own configuration.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { config, ConfigError, type CanonConfig } from "@canon/config";

const mode = process.argv[2];
if (mode !== "start" && mode !== "dev") {
  console.error("usage: tsx scripts/next.ts start|dev");
  process.exit(2);
}

// `next start` always runs as production and `next dev` as development: validate the same way.
Object.assign(process.env, { NODE_ENV: mode === "start" ? "production" : "development" });
let portal: CanonConfig["portal"];
try {
  ({ portal } = config());
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`Canon portal: ${error.message}`);
  process.exit(1);
}

const portalDir = path.resolve(import.meta.dirname, "..");
// From the repository root, like the API, so a relative DATABASE_URL (the default file:./data/canon.db)
// names the same file for both.
const repoRoot = path.resolve(portalDir, "../..");
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
// The API's address is fixed here, from this process's configuration: `next start -p` sets PORT to the
// portal's own port in the server, where the default (http://127.0.0.1:$PORT/graphql) would name the portal.
Object.assign(process.env, { NEXTAUTH_URL: portal.url, CANON_API_URL: portal.apiUrl, NEXT_TELEMETRY_DISABLED: "1" });
const child = spawn(process.execPath, [nextBin, mode, portalDir, "-p", String(portal.port)], { cwd: repoRoot, stdio: "inherit" });

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
