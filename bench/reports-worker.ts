// Child process of bench/reports.ts: one framework report run in a fresh process, so that its peak RSS
// (the kernel's high-water mark) belongs to that run alone. Gathers the EU AI Act report model from the
// bench organisation's audit trail (gatherComplianceReport) and renders it to a file, then prints one
// JSON line with the timings, memory and sizes.
//
//   node --import tsx bench/reports-worker.ts <xlsx|pdf> <out file> [systems: all | N]
//
// With N, the scope is N systems spread evenly over the organisation (every k-th by reference).
import { config } from "@canon/config";
import { closeDatabase, database, gatherComplianceReport, withinOrganization } from "@canon/core";
import { renderCompliancePdf, renderComplianceXlsx } from "@canon/reports";
import { createWriteStream, statSync } from "node:fs";
import { finished } from "node:stream/promises";

export interface WorkerResult {
  format: "xlsx" | "pdf";
  systemsInScope: number;
  gatherMs: number;
  renderMs: number;
  totalMs: number;
  /** CPU time of the process during gather + render (all threads). */
  cpuMs: number;
  /** RSS once modules are loaded and the database is open, before the report. */
  baselineRssMb: number;
  rssAfterGatherMb: number;
  heapUsedAfterGatherMb: number;
  /** The process's peak RSS (getrusage maxrss): startup, gather and render. */
  peakRssMb: number;
  fileBytes: number;
  requirements: number;
  gaps: number;
  evidence: number;
  sections: number;
}

const [format, outFile, scope = "all"] = process.argv.slice(2) as ["xlsx" | "pdf", string, string | undefined];
if ((format !== "xlsx" && format !== "pdf") || !outFile) {
  console.error("usage: reports-worker.ts <xlsx|pdf> <out file> [all|N]");
  process.exit(2);
}
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

const db = database();
const org = await db.reader.organization.findUnique({ where: { slug: "bench" } });
if (!org) {
  console.error(`No bench registry in ${config().databaseUrl}: run \`npm run seed:bench\` first.`);
  process.exit(1);
}
let systemIds: string[] | null = null;
if (scope !== "all") {
  const wanted = Number(scope);
  const all = await withinOrganization(org.id, () => db.reader.aISystem.findMany({ select: { id: true }, orderBy: { reference: "asc" } }));
  const step = Math.max(1, Math.floor(all.length / wanted));
  systemIds = all
    .filter((_, i) => i % step === 0)
    .slice(0, wanted)
    .map((s) => s.id);
}

if (global.gc) global.gc();
const baselineRss = process.memoryUsage().rss;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const model = await gatherComplianceReport({ organizationId: org.id, kind: "eu-ai-act", asOf: new Date(), generatedBy: "bench/reports.ts", systemIds });
const t1 = performance.now();
const afterGather = process.memoryUsage();
const out = createWriteStream(outFile);
await (format === "xlsx" ? renderComplianceXlsx(model, out) : renderCompliancePdf(model, out));
if (!out.writableEnded) out.end();
if (!out.writableFinished) await finished(out);
const t2 = performance.now();
const cpu = process.cpuUsage(cpu0);

const result: WorkerResult = {
  format,
  systemsInScope: model.inventory.length,
  gatherMs: t1 - t0,
  renderMs: t2 - t1,
  totalMs: t2 - t0,
  cpuMs: (cpu.user + cpu.system) / 1000,
  baselineRssMb: mb(baselineRss),
  rssAfterGatherMb: mb(afterGather.rss),
  heapUsedAfterGatherMb: mb(afterGather.heapUsed),
  peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
  fileBytes: statSync(outFile).size,
  requirements: model.requirements.length,
  gaps: model.gaps.length,
  evidence: model.evidence.length,
  sections: model.sections.length,
};
await closeDatabase();
console.log(JSON.stringify(result));
process.exit(0);
