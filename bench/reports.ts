// npm run bench:reports [-- options] — the framework reports on the bench registry (npm run seed:bench
// first): prints medians over a few runs, peak RSS, and the API's latency while a large report runs.
//
//   1. EU AI Act XLSX of every system: gatherComplianceReport + renderComplianceXlsx to a file.
//   2. EU AI Act PDF of 1k systems (spread evenly by reference): gatherComplianceReport + renderCompliancePdf.
//      Each run of 1 and 2 is a fresh child process (reports-worker.ts), so its peak RSS (getrusage
//      maxrss) is that run's alone; the process's RSS before the report is printed beside it. The child
//      runs with the JavaScript heap cap of a job's worker thread (CANON_JOB_HEAP_MB, default 384 MB).
//   3. The API (a separate process, started like the contract tests start it, job runner on) under an
//      open-loop load of model-by-id queries at a fixed rate: latency p50/p99 without a report, then
//      while requestComplianceReport(EU_AI_ACT, XLSX) for every system runs as a job. Latency is counted
//      from each request's scheduled send time, so a stalled event loop shows in every request it delays.
//      The API process also reports its main thread's event-loop delay (reports-loop-probe.mjs): a busy
//      machine slows every request, a blocked event loop shows there, with what the job was doing then.
//   4. (api-dir) The same with CANON_JOB_OUTPUT_DIR set, so the job's file is not stored in the database.
//
// Options: --runs N (3) · --pdf-systems N (1000) · --rate R model queries per second (20) · --baseline-seconds S (15)
//          --only xlsx,pdf,api,api-dir (all four by default)
//          --cold-jobs: no warm-up report job before the API measurements (the large report is the API's first job)
//          --profile: one more XLSX and PDF run under --cpu-prof (hottest functions printed), and the API's main
//          thread profiled (its long tasks printed); the profiles are kept in bench/results/
// Nothing asserts: the targets are printed beside the figures. Wall times on a busy machine are far above
// the CPU time each run used, which is printed too.
import { config } from "@canon/config";
import { createApiToken, database, userActor, withinOrganization } from "@canon/core";
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs, promisify } from "node:util";
import { launchApi } from "../test/support/server/launch";
import { hottest, longTasks, type CpuProfile } from "./reports-profile";
import type { WorkerResult } from "./reports-worker";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    "pdf-systems": { type: "string", default: "1000" },
    rate: { type: "string", default: "20" },
    "baseline-seconds": { type: "string", default: "15" },
    only: { type: "string", default: "xlsx,pdf,api,api-dir" },
    profile: { type: "boolean", default: false },
    "cold-jobs": { type: "boolean", default: false },
  },
});
const RUNS = Number(values.runs);
const PDF_SYSTEMS = Number(values["pdf-systems"]);
const RATE = Number(values.rate);
const BASELINE_S = Number(values["baseline-seconds"]);
const ONLY = new Set(values.only.split(","));
const WARM_JOB = !values["cold-jobs"];
const ROOT = path.resolve(import.meta.dirname, "..");
const RESULTS = path.join(ROOT, "bench", "results");
const WORKER = path.join(ROOT, "bench", "reports-worker.ts");
const TARGETS = { xlsxMs: 15_000, xlsxRssMb: 300, pdfMs: 30_000, p99Ms: 50 };

const cfg = config();
const org = await database().reader.organization.findUnique({ where: { slug: "bench" } });
if (!org) {
  console.error(`No bench registry in ${cfg.databaseUrl}: run \`npm run seed:bench\` first.`);
  process.exit(1);
}
const organizationId = org.id;
mkdirSync(RESULTS, { recursive: true });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const load = () => `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`;
const summary: [string, string, string, string][] = [];
const verdict = (ok: boolean) => (ok ? "met" : "NOT met");

// ---------------------------------------------------------------------------------------------------
// 1 and 2: one report per child process.

async function runWorker(format: "xlsx" | "pdf", scope: string, profileDir?: string): Promise<WorkerResult> {
  const out = path.join(RESULTS, `eu-ai-act-${scope}.${format}`);
  // The heap cap a job's worker thread runs with (CANON_JOB_HEAP_MB), so the figures are a job's.
  const heap = `--max-old-space-size=${cfg.jobs.heapMb}`;
  const args = [heap, "--import", "tsx", ...(profileDir ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : []), WORKER, format, out, scope];
  const { stdout } = await promisify(execFile)(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: cfg.databaseUrl, LOG_LEVEL: "warn" },
    maxBuffer: 10_000_000,
  });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as WorkerResult;
}

async function reportScenario(label: string, format: "xlsx" | "pdf", scope: string): Promise<WorkerResult[]> {
  console.log(`\n${label} — ${RUNS} runs, each in a fresh process (${load()})`);
  console.log(
    `${"run".padEnd(5)} ${"gather".padStart(8)} ${"render".padStart(8)} ${"total".padStart(8)} ${"cpu".padStart(8)} ${"RSS before".padStart(11)} ${"after gather".padStart(13)} ${"peak RSS".padStart(10)} ${"file".padStart(9)}`,
  );
  const results: WorkerResult[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await runWorker(format, scope);
    results.push(r);
    console.log(
      `${String(i + 1).padEnd(5)} ${s(r.gatherMs).padStart(8)} ${s(r.renderMs).padStart(8)} ${s(r.totalMs).padStart(8)} ${s(r.cpuMs).padStart(8)} ${`${r.baselineRssMb} MB`.padStart(11)} ${`${r.rssAfterGatherMb} MB`.padStart(13)} ${`${r.peakRssMb} MB`.padStart(10)} ${`${(r.fileBytes / 1e6).toFixed(1)} MB`.padStart(9)}`,
    );
  }
  const r = results[0]!;
  console.log(`  ${r.systemsInScope} systems, ${r.requirements} requirement rows, ${r.gaps} gaps, ${r.evidence} evidence rows, ${r.sections} sections`);
  console.log(
    `  median: gather ${s(median(results.map((x) => x.gatherMs)))}, render ${s(median(results.map((x) => x.renderMs)))}, total ${s(median(results.map((x) => x.totalMs)))} (cpu ${s(median(results.map((x) => x.cpuMs)))}); peak RSS ${median(results.map((x) => x.peakRssMb))} MB (${median(results.map((x) => x.baselineRssMb))} MB before the report)`,
  );
  return results;
}

if (ONLY.has("xlsx")) {
  const xs = await reportScenario("EU AI Act XLSX, every system", "xlsx", "all");
  const total = median(xs.map((x) => x.totalMs));
  const peak = median(xs.map((x) => x.peakRssMb));
  summary.push([
    "XLSX, all systems: time",
    `${s(total)} (cpu ${s(median(xs.map((x) => x.cpuMs)))})`,
    `< ${s(TARGETS.xlsxMs)}`,
    verdict(total < TARGETS.xlsxMs),
  ]);
  summary.push([
    "XLSX, all systems: peak RSS",
    `${peak} MB (${median(xs.map((x) => x.baselineRssMb))} before)`,
    `< ${TARGETS.xlsxRssMb} MB`,
    verdict(peak < TARGETS.xlsxRssMb),
  ]);
}
if (ONLY.has("pdf")) {
  const ps = await reportScenario(`EU AI Act PDF, ${PDF_SYSTEMS} systems`, "pdf", String(PDF_SYSTEMS));
  const total = median(ps.map((x) => x.totalMs));
  summary.push([
    `PDF, ${PDF_SYSTEMS} systems: time`,
    `${s(total)} (cpu ${s(median(ps.map((x) => x.cpuMs)))})`,
    `< ${s(TARGETS.pdfMs)}`,
    verdict(total < TARGETS.pdfMs),
  ]);
  summary.push([
    `PDF, ${PDF_SYSTEMS} systems: peak RSS`,
    `${median(ps.map((x) => x.peakRssMb))} MB (${median(ps.map((x) => x.baselineRssMb))} before)`,
    "—",
    "",
  ]);
}
if (values.profile) {
  const dir = path.join(RESULTS, `profile-${Date.now()}`);
  const profiled = [
    ["xlsx", "all"],
    ["pdf", String(PDF_SYSTEMS)],
  ] as const;
  for (const [format, scope] of profiled.filter(([f]) => ONLY.has(f))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const r = await runWorker(format, scope, dir);
    const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"))!;
    const kept = path.join(RESULTS, `reports-${format}-${scope}.cpuprofile`);
    const text = readFileSync(path.join(dir, file), "utf8");
    writeFileSync(kept, text);
    console.log(
      `\nProfile of one ${format.toUpperCase()} run (${scope} systems; gather ${s(r.gatherMs)}, render ${s(r.renderMs)}): ${path.relative(ROOT, kept)}`,
    );
    console.log(hottest(JSON.parse(text), ROOT));
  }
  rmSync(dir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------------
// 3: the API's latency while a report job runs.

interface Latencies {
  ms: number[];
  errors: number;
}

/** Requests at a fixed rate until `until()` says stop; each latency counted from its scheduled time. */
async function openLoop(send: () => Promise<void>, until: () => boolean): Promise<Latencies> {
  const out: Latencies = { ms: [], errors: 0 };
  const interval = 1000 / RATE;
  const start = performance.now();
  const pending = new Set<Promise<void>>();
  for (let i = 0; !until(); i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const p = send().then(
      () => void out.ms.push(performance.now() - due),
      () => void out.errors++,
    );
    pending.add(p);
    void p.finally(() => pending.delete(p));
  }
  await Promise.all(pending);
  return out;
}

const describe = (l: Latencies) => {
  const sorted = [...l.ms].sort((a, b) => a - b);
  return { n: sorted.length, p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), max: sorted.at(-1) ?? 0, errors: l.errors };
};

/** The peak and current RSS of a process (Linux /proc), in MB. */
function procRss(pid: number): { hwm: number; rss: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { hwm: Math.round(kb("VmHWM") / 1024), rss: Math.round(kb("VmRSS") / 1024) };
  } catch {
    return null;
  }
}

/**
 * The API scenario with the job output stored where `outputDir` says: null, in the JobOutput row (the
 * default configuration); a directory, as CANON_JOB_OUTPUT_DIR.
 */
async function apiScenario(outputDir: string | null) {
  const where = outputDir ? "job output in a directory (CANON_JOB_OUTPUT_DIR)" : "job output in the database (default)";
  console.log(`\nAPI latency, ${where}: model by id at ${RATE} requests/s (open loop), without and with an EU AI Act XLSX job for every system (${load()})`);
  const probe = pathToFileURL(path.join(ROOT, "bench", "reports-loop-probe.mjs")).href;
  const apiProfile = path.join(RESULTS, `reports-api-main-thread-${outputDir ? "dir" : "db"}.cpuprofile`);
  rmSync(apiProfile, { force: true });
  const api = await launchApi(cfg.databaseUrl, {
    LOG_LEVEL: "warn",
    ...(outputDir ? { CANON_JOB_OUTPUT_DIR: outputDir } : {}),
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${probe}`.trim(),
    ...(values.profile ? { CANON_BENCH_PROFILE: apiProfile } : {}),
  });
  /** The API's main-thread event-loop delay between two instants: the worst window's p99 and the max. */
  const loopDelay = (from: number, to: number) => {
    const windows = api
      .logs()
      .split("\n")
      .filter((l) => l.startsWith("canon-bench-loop "))
      .map((l) => JSON.parse(l.slice("canon-bench-loop ".length)) as { at: number; p99: number; max: number })
      .filter((w) => w.at >= from && w.at <= to + 500);
    return { windows, p99: Math.max(0, ...windows.map((w) => w.p99)), max: Math.max(0, ...windows.map((w) => w.max)) };
  };
  try {
    const admin = await withinOrganization(organizationId, () =>
      database().reader.membership.findFirstOrThrow({ where: { role: "ADMIN" }, orderBy: { createdAt: "asc" } }),
    );
    const { token } = await createApiToken({ actor: userActor(organizationId, admin.userId, "ADMIN"), name: `bench-reports-${Date.now()}`, role: "ADMIN" });
    const { hostname, port } = new URL(api.url);
    const agent = new Agent({ keepAlive: true, maxSockets: 64 });
    const post = (query: string, variables: Record<string, unknown>) =>
      new Promise<any>((resolve, reject) => {
        const body = JSON.stringify({ query, variables });
        const req = request(
          {
            host: hostname,
            port,
            path: "/graphql",
            method: "POST",
            agent,
            headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "content-length": Buffer.byteLength(body) },
          },
          (res) => {
            let text = "";
            res.setEncoding("utf8");
            res.on("data", (d) => (text += d));
            res.on("end", () => {
              const parsed = JSON.parse(text) as { data?: any; errors?: unknown[] };
              if (parsed.errors) reject(new Error(JSON.stringify(parsed.errors)));
              else resolve(parsed.data);
            });
          },
        );
        req.on("error", reject);
        req.end(body);
      });
    const MODEL_BY_ID = `query($id: ID!) { model(id: $id) { id name kind latestVersion { id number } } }`;
    // The bench models are bm-000000, bm-000001, …: walk them in a scattered order.
    const models = await withinOrganization(organizationId, () => database().reader.model.count());
    let k = 0;
    const modelById = async () => {
      const id = `bm-${String((k++ * 7_919) % models).padStart(6, "0")}`;
      const data = await post(MODEL_BY_ID, { id });
      if (data.model?.id !== id) throw new Error(`model ${id}: ${JSON.stringify(data)}`);
    };

    for (let i = 0; i < 100; i++) await modelById(); // warm-up
    // And one small report job: the first job after start compiles the runner's query shapes (Prisma,
    // 30–300 ms each on the main thread, once per process); the figures below are a warm server's.
    if (WARM_JOB) {
      const { aISystem } = await withinOrganization(organizationId, async () => ({
        aISystem: await database().reader.aISystem.findFirstOrThrow({ select: { id: true } }),
      }));
      const warm = (await post(`mutation($s: [ID!]) { requestComplianceReport(report: EU_AI_ACT, format: XLSX, systemIds: $s) { id } }`, { s: [aISystem.id] }))
        .requestComplianceReport;
      for (let status = ""; !["SUCCEEDED", "FAILED", "CANCELLED"].includes(status); await new Promise((r) => setTimeout(r, 250))) {
        status = (await post(`query($id: ID!) { job(id: $id) { status } }`, { id: warm.id })).job.status;
      }
    }
    const t0 = performance.now();
    const idleFrom = Date.now();
    const idle = describe(await openLoop(modelById, () => performance.now() - t0 > BASELINE_S * 1000));
    const idleLoop = loopDelay(idleFrom, Date.now());
    const idleRss = procRss(api.pid);

    const requested = performance.now();
    const busyFrom = Date.now();
    const { requestComplianceReport: job } = await post(`mutation { requestComplianceReport(report: EU_AI_ACT, format: XLSX) { id status } }`, {});
    let status = job.status as string;
    let last: any = null;
    let peakRss = 0;
    const phases: { at: number; phase: string }[] = [];
    const poller = (async () => {
      while (!["SUCCEEDED", "FAILED", "CANCELLED"].includes(status)) {
        await new Promise((r) => setTimeout(r, 250));
        last = (
          await post(
            `query($id: ID!) { job(id: $id) { status progressPercent progressPhase startedAt finishedAt error result output { fileName byteSize } } }`,
            { id: job.id },
          )
        ).job;
        status = last.status;
        if (phases.at(-1)?.phase !== `${status} ${last.progressPhase ?? ""}`) phases.push({ at: Date.now(), phase: `${status} ${last.progressPhase ?? ""}` });
        peakRss = Math.max(peakRss, procRss(api.pid)?.rss ?? 0);
      }
    })();
    const busy = describe(await openLoop(modelById, () => ["SUCCEEDED", "FAILED", "CANCELLED"].includes(status)));
    await poller;
    const busyLoop = loopDelay(busyFrom, Date.now());
    const jobMs = performance.now() - requested;
    const ran = last?.startedAt && last?.finishedAt ? new Date(last.finishedAt).getTime() - new Date(last.startedAt).getTime() : null;
    const busyRss = procRss(api.pid);

    const ms = (x: number, w = 10) => `${x.toFixed(1)} ms`.padStart(w);
    console.log(
      `${"".padEnd(20)} ${"requests".padStart(9)} ${"p50".padStart(10)} ${"p99".padStart(10)} ${"max".padStart(10)} ${"errors".padStart(7)}   API event loop: ${"worst p99".padStart(10)} ${"max".padStart(10)}`,
    );
    for (const [name, d, l] of [
      ["no report", idle, idleLoop],
      ["report job running", busy, busyLoop],
    ] as const) {
      console.log(
        `${name.padEnd(20)} ${String(d.n).padStart(9)} ${ms(d.p50)} ${ms(d.p99)} ${ms(d.max)} ${String(d.errors).padStart(7)}   ${"".padEnd(15)} ${ms(l.p99)} ${ms(l.max)}`,
      );
    }
    console.log(
      `  job ${status}${last?.error ? ` (${last.error})` : ""}: ${s(jobMs)} from request to finish${ran !== null ? `, ${s(ran)} running` : ""}; output ${last?.output ? `${(last.output.byteSize / 1e6).toFixed(1)} MB` : "none"}`,
    );
    console.log(
      `  API process RSS: ${idleRss?.rss ?? "?"} MB before the job, up to ${peakRss || "?"} MB while it ran (sampled), peak ${busyRss?.hwm ?? "?"} MB (VmHWM)`,
    );
    // When the event loop stalled, and what the job was doing then (as last polled).
    const stalls = busyLoop.windows.filter((w) => w.max > Math.max(50, 2 * idleLoop.max));
    const phaseAt = (at: number) => phases.filter((p) => p.at <= at).at(-1)?.phase ?? "QUEUED";
    if (stalls.length) {
      console.log(`  event-loop stalls over ${Math.max(50, 2 * idleLoop.max).toFixed(0)} ms while the job ran (500 ms windows, seconds after the request):`);
      for (const w of stalls)
        console.log(`    +${((w.at - busyFrom) / 1000).toFixed(1).padStart(5)} s  max ${w.max.toFixed(0).padStart(5)} ms  job: ${phaseAt(w.at)}`);
    }
    summary.push([
      `API p99, no report${outputDir ? " (output dir)" : ""}`,
      `${idle.p99.toFixed(1)} ms (p50 ${idle.p50.toFixed(1)})`,
      `< ${TARGETS.p99Ms} ms`,
      verdict(idle.p99 < TARGETS.p99Ms),
    ]);
    summary.push([
      `API p99, XLSX job running${outputDir ? " (output dir)" : ""}`,
      `${busy.p99.toFixed(1)} ms (p50 ${busy.p50.toFixed(1)})`,
      `< ${TARGETS.p99Ms} ms`,
      verdict(busy.p99 < TARGETS.p99Ms && status === "SUCCEEDED"),
    ]);
    summary.push([
      `  event loop, job running${outputDir ? " (output dir)" : ""}`,
      `max delay ${busyLoop.max.toFixed(0)} ms (idle: ${idleLoop.max.toFixed(0)} ms)`,
      "—",
      "",
    ]);
    summary.push([`  XLSX job${outputDir ? " (output dir)" : ""}`, `${s(jobMs)} (${status})`, "—", ""]);
    summary.push([`  API peak RSS (VmHWM)${outputDir ? " (output dir)" : ""}`, `${busyRss?.hwm ?? "?"} MB`, "—", ""]);
    agent.destroy();
  } finally {
    if (values.profile) {
      // The probe writes the main thread's profile on SIGUSR2 (reports-loop-probe.mjs).
      process.kill(api.pid, "SIGUSR2");
      for (let i = 0; i < 100 && !api.logs().includes("canon-bench-profile "); i++) await new Promise((r) => setTimeout(r, 100));
    }
    await api.stop();
  }
  if (values.profile && existsSync(apiProfile)) {
    const profile = JSON.parse(readFileSync(apiProfile, "utf8")) as CpuProfile;
    console.log(`\nProfile of the API's main thread (warm-up, both load phases and the job): ${path.relative(ROOT, apiProfile)}`);
    console.log(longTasks(profile, ROOT, 50));
  }
}

if (ONLY.has("api")) await apiScenario(null);
if (ONLY.has("api-dir")) {
  const dir = path.join(RESULTS, "job-output");
  mkdirSync(dir, { recursive: true });
  await apiScenario(dir);
}

const commit = (() => {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "packages", "apps"], { cwd: ROOT, encoding: "utf8" }).trim();
    return `commit ${head}${dirty ? " with uncommitted changes in packages/ or apps/" : ""}`;
  } catch {
    return "commit unknown";
  }
})();
console.log(`\nSummary — ${cfg.databaseProvider}, ${load()}, ${commit}\n`);
console.log(`${"measure".padEnd(40)} ${"median".padEnd(40)} ${"target".padEnd(10)} result`);
for (const [name, value, target, result] of summary) console.log(`${name.padEnd(40)} ${value.padEnd(40)} ${target.padEnd(10)} ${result}`);
await database().close();
process.exit(0);
