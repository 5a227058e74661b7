// Runs in a worker thread: gathers the AI inventory as of the requested instant (core, from the audit
// trail's as-of readers) and renders it (reports). Progress: gathering, rendering; the runner stores the
// file it returns.
import { gatherInventory, type JobContext, type JobOutcome } from "@canon/core";
import { fileStamp, finishRunWithFile } from "./report-file";
import { requesterLabel } from "./requester-label";
import { renderInventoryPdf, renderInventoryXlsx } from "@canon/reports";

interface Input {
  format: "PDF" | "XLSX";
  asOf?: string;
  systemIds?: string[] | null;
}

export async function run(ctx: JobContext<Input>): Promise<JobOutcome> {
  const generatedAt = new Date();
  const asOf = ctx.input.asOf ? new Date(ctx.input.asOf) : generatedAt;
  await ctx.progress(5, "gathering the inventory");
  const generatedBy = await requesterLabel(ctx.organizationId, ctx.requestedById);
  const model = await gatherInventory({ organizationId: ctx.organizationId, asOf, generatedAt, generatedBy, systemIds: ctx.input.systemIds ?? null });
  await ctx.progress(50, "rendering");
  const stamp = fileStamp(asOf);
  const output =
    ctx.input.format === "PDF"
      ? { fileName: `ai-inventory-${stamp}.pdf`, contentType: "application/pdf", bytes: await renderInventoryPdf(model) }
      : {
          fileName: `ai-inventory-${stamp}.xlsx`,
          contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          bytes: await renderInventoryXlsx(model),
        };
  await ctx.progress(95, "storing");
  const fileDigest = await finishRunWithFile(ctx, output, generatedAt.getTime());
  return { result: { systems: model.systems.length, asOf: asOf.toISOString(), sha256: fileDigest }, output };
}
