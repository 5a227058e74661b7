// The organisation's report runs, newest first, with the status of the job behind each (a run whose
// job failed, was cancelled or is still going shows that, even before the worker wrote its end). Runs of
// the audit-read kinds (audit exports, evidence packs) are listed only to those who may read the trail.
import { z } from "zod";
import { pageArgs, paginate } from "../../shared/pagination";
import { can, Permission } from "../../shared/permissions";
import { reader } from "../../shared/transaction";
import { useCase } from "../../shared/use-case";

/** Report kinds that export the audit trail: their runs follow the audit-read rule. */
export const AUDIT_READ_REPORT_KINDS = ["audit-export", "evidence-pack"] as const;

export const listReportRuns = useCase({
  permission: Permission.READ,
  input: z.object({ kind: z.string().max(50).nullish(), page: pageArgs }),
  async run({ actor, kind, page }) {
    const db = reader();
    const hidden: string[] = can(actor.role, Permission.AUDIT_READ) ? [] : [...AUDIT_READ_REPORT_KINDS];
    const where = kind ? { kind: hidden.includes(kind) ? { in: [] as string[] } : kind } : hidden.length ? { kind: { notIn: hidden } } : {};
    const result = await paginate(
      page,
      (q) => db.reportRun.findMany({ ...q, where, orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
      () => db.reportRun.count({ where }),
    );
    const jobs = await db.job.findMany({
      where: { id: { in: result.nodes.map((r) => r.jobId).filter((j): j is string => !!j) } },
      select: { id: true, status: true, error: true, progressPercent: true, progressPhase: true },
    });
    const byId = new Map(jobs.map((j) => [j.id, j]));
    return {
      ...result,
      nodes: result.nodes.map((r) => {
        const job = r.jobId ? byId.get(r.jobId) : undefined;
        const status = r.status === "QUEUED" && job ? (job.status as typeof r.status) : r.status;
        return { ...r, status, error: r.error ?? job?.error ?? null, progressPercent: job?.progressPercent ?? null, progressPhase: job?.progressPhase ?? null };
      }),
    };
  },
});
