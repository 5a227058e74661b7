// Helpers of the job contract suites: the environment that loads the test job kinds into an API
// process, requesting jobs (enqueue.ts, as a member of the organisation), GraphQL operations on jobs,
// waiting for a job, and downloading its output.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const PRELOAD = path.join(import.meta.dirname, "preload.ts");
const ENQUEUE = path.join(import.meta.dirname, "enqueue.ts");

/** An API process with the test job kinds, polling and renewing fast. */
export function jobEnv(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_OPTIONS: `--import tsx --import ${PRELOAD}`,
    CANON_JOBS_ENABLED: "true",
    CANON_JOB_POLL_MS: "100",
    CANON_JOB_LEASE_MS: "3000",
    CANON_JOB_BACKOFF_MS: "200",
    ...overrides,
  };
}

export const JOB_FIELDS = `id kind status input progressPercent progressPhase attempts maxAttempts error result requestedById
  cancelRequestedAt cancelRequestedById runAfter leaseUntil createdAt startedAt finishedAt updatedAt
  output { fileName contentType byteSize sha256 createdAt downloadPath }`;
export const GET_JOB = `query($id: ID!) { job(id: $id) { ${JOB_FIELDS} } }`;
export const LIST_JOBS = `query($status: JobStatus, $kind: String) { jobs(first: 100, status: $status, kind: $kind) { totalCount nodes { id kind status } } }`;
export const CANCEL_JOB = `mutation($id: ID!) { cancelJob(id: $id) { ${JOB_FIELDS} } }`;

export interface JobRow {
  id: string;
  kind: string;
  status: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELLED";
  input: any;
  progressPercent: number;
  progressPhase: string | null;
  attempts: number;
  maxAttempts: number;
  error: string | null;
  result: any;
  requestedById: string | null;
  cancelRequestedAt: string | null;
  cancelRequestedById: string | null;
  runAfter: string;
  leaseUntil: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  output: { fileName: string; contentType: string; byteSize: number; sha256: string; downloadPath: string } | null;
}

type Ok = (query: string, variables?: Record<string, unknown>, token?: string | null) => Promise<any>;

/** Requests `count` jobs as the token's member, through core (on the suite's database). */
export async function enqueue(
  databaseUrl: string,
  token: string,
  kind: string,
  input: unknown = {},
  count = 1,
): Promise<{ ids?: string[]; error?: { code: string; message: string } }> {
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", ENQUEUE, token, kind, JSON.stringify(input), String(count)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "test", LOG_LEVEL: "warn" },
  });
  return JSON.parse(stdout);
}

export async function enqueueOne(databaseUrl: string, token: string, kind: string, input: unknown = {}): Promise<string> {
  const res = await enqueue(databaseUrl, token, kind, input);
  if (!res.ids) throw new Error(`enqueue ${kind} refused: ${JSON.stringify(res.error)}`);
  return res.ids[0]!;
}

export async function getJob(ok: Ok, id: string, token?: string): Promise<JobRow> {
  return (await ok(GET_JOB, { id }, token)).job;
}

/** Polls the job until `check` holds; `seen` collects every state observed. */
export async function waitForJob(
  ok: Ok,
  id: string,
  check: (job: JobRow) => boolean,
  what: string,
  options: { token?: string; timeoutMs?: number; seen?: JobRow[] } = {},
): Promise<JobRow> {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    const job = await getJob(ok, id, options.token);
    options.seen?.push(job);
    if (check(job)) return job;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; job: ${JSON.stringify(job)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const ended = (job: JobRow) => ["SUCCEEDED", "FAILED", "CANCELLED"].includes(job.status);

export async function download(baseUrl: string, downloadPath: string, token?: string | null): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const res = await fetch(`${baseUrl}${downloadPath}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

export const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
