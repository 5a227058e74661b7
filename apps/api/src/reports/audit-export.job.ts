// The audit trail export as a job (report.audit-export, AUDIT_READ): the organisation's events between
// two instants, read page by page from one snapshot of the chain and written as CSV or JSON Lines in a
// worker thread (audit-export.worker.ts), stored as the job's output and recorded as a ReportRun.
import { AUDIT_EXPORT_FORMATS, AUDIT_EXPORT_JOB_KIND, defineJobKind, Permission } from "@canon/core";
import { z } from "zod";

export const auditExportInput = z.object({
  format: z.enum(AUDIT_EXPORT_FORMATS),
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
  /** CSV only (the use case refuses it for JSON Lines): the events about this subject type. */
  subjectType: z.string().max(100).nullish(),
  /** Set by requestReport: the instant the run describes. */
  asOf: z.iso.datetime({ offset: true }),
});

export const auditExportJob = defineJobKind({
  kind: AUDIT_EXPORT_JOB_KIND,
  permission: Permission.AUDIT_READ,
  input: auditExportInput,
  workerModule: new URL("./audit-export.worker.ts", import.meta.url),
});
