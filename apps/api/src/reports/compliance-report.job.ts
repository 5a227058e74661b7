// The framework reports (EU AI Act, ISO/IEC 42001, NIST AI RMF) as a job: gathered as of an instant for
// the whole organisation or some systems, rendered as PDF or XLSX in a worker thread
// (compliance-report.worker.ts), stored as the job's output and recorded as a ReportRun.
import { COMPLIANCE_REPORT_KINDS, defineJobKind, Permission } from "@canon/core";
import { z } from "zod";

export const COMPLIANCE_REPORT_FORMATS = ["PDF", "XLSX"] as const;

export const complianceReportInput = z.object({
  report: z.enum(COMPLIANCE_REPORT_KINDS),
  format: z.enum(COMPLIANCE_REPORT_FORMATS),
  asOf: z.iso.datetime({ offset: true }),
  systemIds: z.array(z.string().max(100)).max(10_000).nullish(),
});

export const complianceReportJob = defineJobKind({
  kind: "report.compliance",
  permission: Permission.READ,
  input: complianceReportInput,
  workerModule: new URL("./compliance-report.worker.ts", import.meta.url),
});
