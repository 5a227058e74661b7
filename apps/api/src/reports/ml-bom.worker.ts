// Runs in a worker thread: gathers the ML-BOM as of the requested instant (core, from the audit trail's
// as-of readers), renders it as CycloneDX JSON (reports) under a fresh serial number, and finishes its
// ReportRun with the file's digest.
import { gatherMlBom, type JobContext, type JobOutcome } from "@canon/core";
import { renderCycloneDx } from "@canon/reports";
import { randomUUID } from "node:crypto";
import { requesterLabel } from "./requester-label";
import { fileStamp, finishRunWithFile } from "./report-file";

interface Input {
  specVersion: "1.6" | "1.7";
  asOf: string;
  systemIds?: string[] | null;
}

const ML_BOM_CONTENT_TYPE = "application/vnd.cyclonedx+json";

export async function run(ctx: JobContext<Input>): Promise<JobOutcome> {
  const started = Date.now();
  const generatedAt = new Date();
  const asOf = new Date(ctx.input.asOf);
  // Every BOM gets its own serial number (the renderer writes it as urn:uuid:…), also on a retry.
  const serialNumber = randomUUID();
  await ctx.progress(5, "gathering the registry as of the instant");
  const generatedBy = await requesterLabel(ctx.organizationId, ctx.requestedById);
  const model = await gatherMlBom({ organizationId: ctx.organizationId, asOf, generatedAt, generatedBy, serialNumber, systemIds: ctx.input.systemIds ?? null });
  ctx.signal.throwIfAborted();
  await ctx.progress(60, "rendering CycloneDX");
  const bytes = Buffer.from(renderCycloneDx(model, ctx.input.specVersion), "utf8");
  const fileName = `ml-bom-${fileStamp(asOf)}.cdx.json`;
  await ctx.progress(95, "storing");
  const serial = `urn:uuid:${serialNumber}`;
  const fileDigest = await finishRunWithFile(ctx, { fileName, bytes }, started, { specVersion: ctx.input.specVersion, serialNumber: serial });
  const modelVersions = model.models.reduce((n, m) => n + m.versions.length, 0);
  const datasetVersions = model.datasets.reduce((n, d) => n + d.versions.length, 0);
  return {
    result: {
      specVersion: ctx.input.specVersion,
      serialNumber: serial,
      asOf: asOf.toISOString(),
      sha256: fileDigest,
      systems: model.systems.length,
      modelVersions,
      datasetVersions,
    },
    output: { fileName, contentType: ML_BOM_CONTENT_TYPE, bytes },
  };
}
