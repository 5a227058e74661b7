// The CycloneDX ML-BOM as a job: gathered as of an instant for the whole organisation or some systems,
// rendered as CycloneDX 1.6 or 1.7 JSON in a worker thread (ml-bom.worker.ts), stored as the job's
// output and recorded as a ReportRun.
import { defineJobKind, Permission } from "@canon/core";
import type { CycloneDxSpecVersion } from "@canon/reports";
import { z } from "zod";

export const ML_BOM_SPEC_VERSIONS = ["1.6", "1.7"] as const satisfies readonly CycloneDxSpecVersion[];

export const mlBomInput = z.object({
  specVersion: z.enum(ML_BOM_SPEC_VERSIONS),
  asOf: z.iso.datetime({ offset: true }),
  systemIds: z.array(z.string().max(100)).max(10_000).nullish(),
});

export const mlBomJob = defineJobKind({
  kind: "report.ml-bom",
  permission: Permission.READ,
  input: mlBomInput,
  workerModule: new URL("./ml-bom.worker.ts", import.meta.url),
});
