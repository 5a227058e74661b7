// The end of a report run, written by the job that generated it (as the system): the file's name,
// sha256, size and how long it took, or why it failed. Audited, so the trail holds every report's
// digest and an evidence pack can be matched to the event that recorded it.
import { appendAuditEvent } from "../../audit/append-audit-event";
import { systemActor } from "../../shared/actor";
import { withinOrganization } from "../../shared/tenancy";
import { writeTransaction } from "../../shared/transaction";

export interface ReportRunOutcome {
  organizationId: string;
  jobId: string;
  status: "SUCCEEDED" | "FAILED" | "CANCELLED";
  fileName?: string;
  fileDigest?: string;
  fileSize?: number;
  durationMs: number;
  error?: string;
  /** Anything else the trail should hold about it (a pack's manifest digest and chain head). */
  context?: Record<string, unknown>;
}

/** Library function for job workers (no caller to authorise: the job was authorised when requested). */
export function finishReportRun(o: ReportRunOutcome) {
  const actor = systemActor(o.organizationId, "report");
  return withinOrganization(o.organizationId, () =>
    writeTransaction(async (tx) => {
      const run = await tx.reportRun.findFirst({ where: { jobId: o.jobId } });
      if (!run) return null;
      const updated = await tx.reportRun.update({
        where: { id: run.id },
        data: {
          status: o.status,
          fileName: o.fileName ?? null,
          fileDigest: o.fileDigest ?? null,
          fileSize: o.fileSize ?? null,
          durationMs: Math.round(o.durationMs),
          error: o.error ?? null,
          finishedAt: new Date(),
        },
      });
      await appendAuditEvent(tx, actor, { action: "reportRun.finish", subjectId: run.id, context: { jobId: o.jobId, ...(o.context ?? {}) } });
      return updated;
    }),
  );
}
