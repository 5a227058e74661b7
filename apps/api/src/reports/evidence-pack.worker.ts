// Runs in a worker thread: gathers the records as of the instant once (core), renders the three framework
// reports as PDF and XLSX and the AI inventory as PDF into temporary files (reports), and writes the
// evidence pack (reports' writeEvidencePack: records.json, manifest.json with every file's sha256, the
// instant and the audit chain head read when the job ran). The ZIP is the job's output; the ReportRun is
// finished with its sha256 and, in the audited event's context, the manifest's sha256 and the chain head,
// so the pack's digest is in the audit trail (evidencePackVerification and `npm run pack:verify` match it).
import { finishReportRun, gatherEvidencePack, type JobContext, type JobOutcome } from "@canon/core";
import { renderCompliancePdf, renderComplianceXlsx, renderInventoryPdf, writeEvidencePack, type EvidencePackFile } from "@canon/reports";
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { finished } from "node:stream/promises";
import { requesterLabel } from "./requester-label";
import { fileStamp } from "./report-file";

interface Input {
  systemIds?: string[] | null;
  asOf: string;
}

/** Renders into a file; resolves once every byte is on disk. */
async function renderToFile(file: string, render: (out: NodeJS.WritableStream) => Promise<void>): Promise<void> {
  const out = createWriteStream(file);
  try {
    await render(out);
    if (!out.writableEnded) out.end();
    await finished(out);
  } finally {
    out.destroy();
  }
}

export async function run(ctx: JobContext<Input>): Promise<JobOutcome> {
  const started = Date.now();
  const generatedAt = new Date();
  const asOf = new Date(ctx.input.asOf);
  await ctx.progress(2, "gathering the records as of the instant");
  const generatedBy = await requesterLabel(ctx.organizationId, ctx.requestedById);
  const sources = await gatherEvidencePack({ organizationId: ctx.organizationId, asOf, generatedAt, generatedBy, systemIds: ctx.input.systemIds ?? null });
  const dir = await mkdtemp(path.join(tmpdir(), "canon-evidence-pack-"));
  try {
    const renders: { path: string; render: (out: NodeJS.WritableStream) => Promise<void> }[] = sources.reports.flatMap((report) => [
      { path: `reports/${report.kind}.pdf`, render: (out: NodeJS.WritableStream) => renderCompliancePdf(report, out) },
      { path: `reports/${report.kind}.xlsx`, render: (out: NodeJS.WritableStream) => renderComplianceXlsx(report, out) },
    ]);
    const files: EvidencePackFile[] = [];
    for (const [i, { path: member, render }] of renders.entries()) {
      ctx.signal.throwIfAborted();
      await ctx.progress(10 + (70 * i) / (renders.length + 1), `rendering ${member}`);
      const file = path.join(dir, member.replace(/\//g, "_"));
      await renderToFile(file, render);
      files.push({ path: member, file });
    }
    await ctx.progress(80, "rendering reports/ai-inventory.pdf");
    files.push({ path: "reports/ai-inventory.pdf", bytes: await renderInventoryPdf(sources.inventory) });

    ctx.signal.throwIfAborted();
    await ctx.progress(88, "packing");
    const zip = path.join(dir, "evidence-pack.zip");
    const { organization, scope, auditChainHead, records } = sources;
    const pack = await writeEvidencePack({ organization, scope, asOf, generatedAt, generatedBy, auditChainHead, files, records }, zip);
    const bytes = await readFile(zip);
    const fileName = `evidence-pack-${fileStamp(asOf)}.zip`;

    await ctx.progress(95, "recording the pack's digest");
    await finishReportRun({
      organizationId: ctx.organizationId,
      jobId: ctx.jobId,
      status: "SUCCEEDED",
      fileName,
      fileDigest: pack.sha256,
      fileSize: bytes.length,
      durationMs: Date.now() - started,
      context: { manifestSha256: pack.manifestSha256, auditChainHead },
    });
    return {
      result: {
        asOf: asOf.toISOString(),
        scope,
        sha256: pack.sha256,
        manifestSha256: pack.manifestSha256,
        auditChainHead,
        files: pack.manifest.files.map((f) => f.path),
      },
      output: { fileName, contentType: "application/zip", bytes },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
