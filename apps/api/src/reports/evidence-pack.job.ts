// The evidence pack as a job (report.evidence-pack, AUDIT_READ): as of an instant and for some systems
// (or the whole organisation), every framework report as PDF and XLSX, the AI inventory as PDF, the
// records behind them and a manifest, written as one ZIP in a worker thread (evidence-pack.worker.ts),
// stored as the job's output and recorded as a ReportRun whose audited end names the pack's sha256.
import { defineJobKind, EVIDENCE_PACK_JOB_KIND, Permission } from "@canon/core";
import { z } from "zod";

export const evidencePackInput = z.object({
  systemIds: z.array(z.string().max(100)).max(10_000).nullish(),
  /** Set by requestReport: the instant the pack describes. */
  asOf: z.iso.datetime({ offset: true }),
});

export const evidencePackJob = defineJobKind({
  kind: EVIDENCE_PACK_JOB_KIND,
  permission: Permission.AUDIT_READ,
  input: evidencePackInput,
  workerModule: new URL("./evidence-pack.worker.ts", import.meta.url),
});
