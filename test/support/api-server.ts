// Starts the real API server as a child process on a fresh database and talks to it over HTTP.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { createTestDatabase, type TestDatabase, type TestDatabaseKind } from "./databases";
import { freePort } from "./free-port";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const ROLES = ["VIEWER", "CONTRIBUTOR", "APPROVER", "AUDITOR", "ADMIN"] as const;
export type RoleName = (typeof ROLES)[number];

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string; [k: string]: unknown }; path?: (string | number)[] }[];
}

export interface OrgFixture {
  organizationId: string;
  adminUserId: string;
  /** One member (a person) per role, each with a token of that role. */
  tokens: Record<RoleName, string>;
  userIds: Record<RoleName, string>;
}

export interface TestApi {
  kind: TestDatabaseKind;
  url: string;
  databaseUrl: string;
  orgA: OrgFixture;
  orgB: OrgFixture;
  /** POSTs an operation; `token` defaults to org A's ADMIN token; pass null to send none. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any GraphQL error and returns data. */
  ok<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<T>;
  stop(): Promise<void>;
  logs(): string;
}

async function waitReady(url: string, child: ChildProcess, logs: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}:\n${logs()}`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`API did not become ready:\n${logs()}`);
}

export interface StartOptions {
  env?: Record<string, string>;
}

export async function startApi(kind: TestDatabaseKind, options: StartOptions = {}): Promise<TestApi> {
  const db: TestDatabase = await createTestDatabase(kind);
  const env = { ...process.env, DATABASE_URL: db.url, NODE_ENV: "test", LOG_LEVEL: "warn", ...options.env };
  const { stdout } = await promisify(execFile)(TSX, [path.join(ROOT, "test/support/bootstrap.ts")], { env, cwd: ROOT });
  const boot = JSON.parse(stdout) as Record<"org-a" | "org-b", { organizationId: string; adminUserId: string; adminToken: string }>;

  const port = await freePort();
  const child = spawn(TSX, [path.join(ROOT, "apps/api/src/main.ts")], { env: { ...env, PORT: String(port), HOST: "127.0.0.1" }, cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  await waitReady(url, child, () => output);

  const gql = async (query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphQLResponse> => {
    const auth = token === undefined ? boot["org-a"].adminToken : token;
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GraphQLResponse;
    return { ...body, status: res.status };
  };
  const ok = async (query: string, variables?: Record<string, unknown>, token?: string | null) => {
    const res = await gql(query, variables, token);
    if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data;
  };

  const fixture = async (slug: "org-a" | "org-b"): Promise<OrgFixture> => {
    const admin = boot[slug].adminToken;
    const tokens = { ADMIN: admin } as Record<RoleName, string>;
    const userIds = { ADMIN: boot[slug].adminUserId } as Record<RoleName, string>;
    for (const role of ROLES.filter((r) => r !== "ADMIN")) {
      const { addMember } = await ok(`mutation($i: AddMemberInput!) { addMember(input: $i) { user { id } } }`,
        { i: { email: `${role.toLowerCase()}@${slug}.example`, name: `${role} of ${slug}`, role } }, admin);
      const data = await ok(`mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token } }`, { i: { name: `test-${role}`, role, ownerId: addMember.user.id } }, admin);
      tokens[role] = data.createApiToken.token;
      userIds[role] = addMember.user.id;
    }
    return { organizationId: boot[slug].organizationId, adminUserId: boot[slug].adminUserId, tokens, userIds };
  };

  return {
    kind,
    url,
    databaseUrl: db.url,
    orgA: await fixture("org-a"),
    orgB: await fixture("org-b"),
    gql,
    ok,
    logs: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      await db.drop();
    },
  };
}
