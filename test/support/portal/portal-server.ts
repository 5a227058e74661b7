// A fresh database (a copy of the run's template) with one organisation and its password-holding admin
// (created by `npm run org:create`'s script), the API on it, and the built portal in front of the API
// (it has no database of its own) through `npm run start`'s launcher (apps/portal/scripts/next.ts), on
// free ports, sharing a portal credential made for the run.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { runScriptCli } from "../cli";
import { createTestDatabase, type TestDatabaseKind } from "../databases/test-database";
import { freePort } from "../server/free-port";
import { launchApi, type LaunchedApi } from "../server/launch";
import { ROOT } from "./portal-build";

const TIED_TO_PARENT = path.join(import.meta.dirname, "tied-to-parent.mjs");

export interface PortalFixture {
  kind: TestDatabaseKind;
  url: string;
  /** The API's database (the portal has none). */
  databaseUrl: string;
  organization: { name: string; slug: string };
  admin: { email: string; name: string; password: string };
  logs(): string;
  stop(): Promise<void>;
}

async function waitUntilServing(url: string, exited: () => boolean, logs: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`portal exited before serving:\n${logs()}`);
    try {
      const res = await fetch(`${url}/signin`, { redirect: "manual" });
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`portal did not answer within 90s:\n${logs()}`);
}

export async function startPortal(kind: TestDatabaseKind): Promise<PortalFixture> {
  const db = await createTestDatabase(kind);
  const organization = { name: "Northwind Analytics", slug: "northwind" };
  const admin = { email: "ada@northwind.example", name: "Ada Lovelace", password: `pw-${randomBytes(9).toString("base64url")}` };
  const created = await runScriptCli(
    "create-organization.ts",
    db.url,
    "--slug",
    organization.slug,
    "--name",
    organization.name,
    "--admin-email",
    admin.email,
    "--admin-name",
    admin.name,
    "--admin-password",
    admin.password,
  );
  if (created.code !== 0) {
    await db.drop();
    throw new Error(`org:create failed (${created.code}):\n${created.stdout}${created.stderr}`);
  }

  const credential = `portal-${randomBytes(24).toString("base64url")}`;
  let api: LaunchedApi;
  try {
    api = await launchApi(db.url, { CANON_PORTAL_CREDENTIAL: credential });
  } catch (error) {
    await db.drop();
    throw error;
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: "file:/nonexistent/the-portal-has-no-database.db",
    // As `npm start` does: the API's port, from which the portal's launcher derives the API's address.
    PORT: new URL(api.url).port,
    CANON_PORTAL_CREDENTIAL: credential,
    NODE_ENV: "production",
    PORTAL_PORT: String(port),
    NEXTAUTH_URL: url,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // Its own process group, so stopping it also stops the `next start` it launches; tied to this process's
  // life through the stdin pipe.
  const child = spawn(process.execPath, [TIED_TO_PARENT, process.execPath, "--import", "tsx", "apps/portal/scripts/next.ts", "start"], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = () => child.exitCode !== null || child.signalCode !== null;

  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      /* already gone */
    }
  };
  const stop = async () => {
    if (!exited()) {
      const gone = new Promise((r) => child.once("exit", r));
      signalGroup("SIGTERM");
      await Promise.race([gone, new Promise((r) => setTimeout(r, 10_000))]);
    }
    signalGroup("SIGKILL");
    await api.stop();
    await db.drop();
  };

  try {
    await waitUntilServing(url, exited, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { kind, url, databaseUrl: db.url, organization, admin, logs: () => `${output}\n--- API ---\n${api.logs()}`, stop };
}
