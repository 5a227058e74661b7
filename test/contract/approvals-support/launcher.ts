// A second API server on an existing database, started as ONE node process (node --import tsx, not the
// tsx CLI, which would put a child process between us and the server) so that SIGKILL really kills the
// server mid-request. Used by the crash-consistency suite; test/support's harness owns the database.
import { spawn } from "node:child_process";
import path from "node:path";
import type { GraphQLResponse } from "../../support/api-server";
import { freePort } from "../../support/free-port";

const ROOT = path.resolve(import.meta.dirname, "../../..");

export interface LaunchedApi {
  url: string;
  pid: number;
  gql<T = any>(query: string, variables: Record<string, unknown>, token: string): Promise<GraphQLResponse<T>>;
  /** Sends the signal and resolves when the process has exited. */
  kill(signal: NodeJS.Signals): Promise<void>;
  logs(): string;
}

export async function launchApi(databaseUrl: string): Promise<LaunchedApi> {
  const port = await freePort();
  const env = { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "test", LOG_LEVEL: "warn" };
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "apps/api/src/main.ts")], { env, cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`API did not become ready:\n${output}`);
    }
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    pid: child.pid!,
    async gql(query, variables, token) {
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return { ...((await res.json()) as GraphQLResponse), status: res.status };
    },
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
    logs: () => output,
  };
}
