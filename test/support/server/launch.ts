// The one launcher of test API servers: the real API (through test-api-main.ts) as a single
// `node --import tsx` process on an existing database, on a free port, ready when /readyz answers.
// Used for the shared servers, the suites' own servers and the extra servers a suite starts on its
// database (crash and restart tests: a signal reaches the server itself, there is no tsx CLI between).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { graphqlClient, type Gql, type Ok } from "../api/client";
import { freePort } from "./free-port";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const ENTRY = path.join(ROOT, "test/support/server/test-api-main.ts");

export interface LaunchOptions {
  /** Also serve the organisation factory (organization-factory.ts) on a second port. */
  organizations?: boolean;
}

export interface LaunchedApi {
  url: string;
  /** The organisation factory's URL (with `organizations: true`). */
  organizationsUrl?: string;
  pid: number;
  child: ChildProcess;
  /** Requests with an explicit token; see api/client.ts. */
  gql: Gql;
  ok: Ok;
  /** Sends the signal and resolves when the process has exited. */
  kill(signal: NodeJS.Signals): Promise<void>;
  /** Sends `signal` (SIGTERM: a clean shutdown), SIGKILL after 10 s; resolves when the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  logs(): string;
}

async function answers(url: string): Promise<boolean> {
  return fetch(url).then(
    (r) => r.ok,
    () => false,
  );
}

export async function launchApi(databaseUrl: string, env: Record<string, string> = {}, options: LaunchOptions = {}): Promise<LaunchedApi> {
  const [port, factoryPort] = await Promise.all([freePort(), options.organizations ? freePort() : undefined]);
  const child = spawn(process.execPath, ["--import", "tsx", ENTRY], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "test",
      LOG_LEVEL: "warn",
      ...env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      CANON_TEST_TIED_TO_PARENT: "1",
      ...(factoryPort ? { CANON_TEST_ORGANIZATIONS_PORT: String(factoryPort) } : {}),
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  const url = `http://127.0.0.1:${port}`;
  const organizationsUrl = factoryPort ? `http://127.0.0.1:${factoryPort}` : undefined;

  const deadline = Date.now() + 120_000; // generous: a loaded machine starts node and tsx slowly
  for (;;) {
    if (gone()) throw new Error(`API exited with ${child.exitCode ?? child.signalCode}:\n${output}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`API did not become ready:\n${output}`);
    }
    if ((await answers(`${url}/readyz`)) && (!organizationsUrl || (await answers(organizationsUrl)))) break;
    await new Promise((r) => setTimeout(r, 100));
  }

  const kill = async (signal: NodeJS.Signals) => {
    if (!gone()) child.kill(signal);
    await exited;
  };
  return {
    url,
    organizationsUrl,
    pid: child.pid!,
    child,
    ...graphqlClient(url),
    kill,
    async stop(signal: NodeJS.Signals = "SIGTERM") {
      if (gone()) return;
      child.kill(signal);
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
    logs: () => output,
  };
}
