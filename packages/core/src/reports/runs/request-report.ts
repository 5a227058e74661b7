// Asking for a report: one transaction writes the job that generates it and the ReportRun that records
// who asked for what (kind, framework, format, scope, as-of), both audited. The job's worker finishes
// the run with the file's digest, size and duration (finishReportRun).
import { Framework, ReportFormat } from "@canon/db";
import { z } from "zod";
import { appendAuditEvent } from "../../audit/append-audit-event";
import { createJob } from "../../jobs/enqueue-job";
import { personOf } from "../../shared/actor";
import { notFound } from "../../shared/errors";
import { dateTime, id, requiredText } from "../../shared/input";
import { Permission } from "../../shared/permissions";
import { writeTransaction } from "../../shared/transaction";
import { useCase } from "../../shared/use-case";

export const requestReport = useCase({
  // The floor: the job kind's own permission (READ for reports, AUDIT_READ for exports and packs) is checked by createJob.
  permission: Permission.READ,
  input: z.object({
    jobKind: requiredText(100),
    /** "inventory", "eu-ai-act", "iso-42001", "nist-ai-rmf", "ml-bom", "audit-export", "evidence-pack". */
    reportKind: requiredText(50),
    framework: z.enum(Framework).nullish(),
    format: z.enum(ReportFormat),
    asOf: dateTime.nullish(),
    systemIds: z.array(id).max(10_000).nullish(),
    /** The job's input (validated by the job kind). */
    jobInput: z.record(z.string(), z.unknown()),
  }),
  async run({ actor, jobKind, reportKind, framework, format, asOf, systemIds, jobInput }) {
    return writeTransaction(async (tx) => {
      if (systemIds?.length) {
        const found = await tx.aISystem.findMany({ where: { id: { in: systemIds } }, select: { id: true } });
        const missing = systemIds.find((s) => !found.some((f) => f.id === s));
        if (missing) throw notFound("AI system", missing);
      }
      const at = asOf ?? new Date();
      const job = await createJob(tx, actor, jobKind, { ...jobInput, asOf: at.toISOString() });
      const run = await tx.reportRun.create({
        data: {
          kind: reportKind,
          framework: framework ?? null,
          format,
          scope: systemIds?.length ? { systemIds } : {},
          asOf: at,
          jobId: job.id,
          requestedById: personOf(actor),
        } as any,
      });
      await appendAuditEvent(tx, actor, { action: "reportRun.request", subjectId: run.id, context: { jobId: job.id } });
      return { job, run };
    });
  },
});
