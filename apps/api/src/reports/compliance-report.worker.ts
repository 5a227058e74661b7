// Runs in a worker thread: gathers a framework report as of the requested instant (core, from the audit
// trail's as-of readers), renders it (reports), and finishes its ReportRun with the file's digest.
import { gatherComplianceReport, type JobContext, type JobOutcome } from "@canon/core";
import { renderCompliancePdf, renderComplianceXlsx, toBuffer } from "@canon/reports";
import { fileStamp, finishRunWithFile } from "./report-file";
import { requesterLabel } from "./requester-label";

interface Input {
  report: "eu-ai-act" | "iso-42001" | "nist-ai-rmf";
  format: "PDF" | "XLSX";
  asOf: string;
  systemIds?: string[] | null;
}

const CONTENT_TYPES = { PDF: "application/pdf", XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } as const;

export async function run(ctx: JobContext<Input>): Promise<JobOutcome> {
  const started = Date.now();
  const generatedAt = new Date();
  const asOf = new Date(ctx.input.asOf);
  await ctx.progress(5, "gathering the registry as of the instant");
  const generatedBy = await requesterLabel(ctx.organizationId, ctx.requestedById);
  const model = await gatherComplianceReport({
    organizationId: ctx.organizationId,
    kind: ctx.input.report,
    asOf,
    generatedAt,
    generatedBy,
    systemIds: ctx.input.systemIds ?? null,
  });
  ctx.signal.throwIfAborted();
  await ctx.progress(45, "rendering");
  const bytes = await toBuffer((out) => (ctx.input.format === "PDF" ? renderCompliancePdf(model, out) : renderComplianceXlsx(model, out)));
  const fileName = `${ctx.input.report}-${fileStamp(asOf)}.${ctx.input.format.toLowerCase()}`;
  await ctx.progress(95, "storing");
  const fileDigest = await finishRunWithFile(ctx, { fileName, bytes }, started, { contentDigest: model.contentDigest });
  return {
    result: {
      report: ctx.input.report,
      asOf: asOf.toISOString(),
      sha256: fileDigest,
      contentDigest: model.contentDigest,
      requirements: model.requirements.length,
      gaps: model.gaps.length,
    },
    output: { fileName, contentType: CONTENT_TYPES[ctx.input.format], bytes },
  };
}
