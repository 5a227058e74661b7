// Builds the portal (`next build`) when its output is missing or older than any source it is built from.
import { execFile } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

export const ROOT = path.resolve(import.meta.dirname, "../../..");
export const PORTAL_DIR = path.join(ROOT, "apps/portal");
const BUILD_ID = path.join(PORTAL_DIR, ".next", "BUILD_ID");
const SOURCES = [
  "apps/portal/src",
  "apps/portal/next.config.mjs",
  "apps/portal/package.json",
  "apps/portal/tsconfig.json",
  "packages/config/src",
  "packages/core/src",
  "packages/db/src",
  "packages/db/generated",
  "package-lock.json",
].map((p) => path.join(ROOT, p));

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

export function portalBuildIsStale(): boolean {
  if (!existsSync(BUILD_ID)) return true;
  const built = statSync(BUILD_ID).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > built);
}

/** Returns how long the build took in milliseconds (0 when the existing build was current). */
export async function buildPortalIfStale(): Promise<number> {
  if (!portalBuildIsStale()) return 0;
  const started = Date.now();
  const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
  try {
    await promisify(execFile)(process.execPath, [nextBin, "build", PORTAL_DIR], {
      cwd: PORTAL_DIR,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      maxBuffer: 32 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`next build failed:\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
  }
  return Date.now() - started;
}
