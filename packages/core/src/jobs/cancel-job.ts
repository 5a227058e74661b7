// Cancelling a job: a QUEUED job is CANCELLED at once; a RUNNING one gets a cancellation request, which
// its runner notices at the next heartbeat or progress report (the handler's signal is aborted) and then
// records as CANCELLED. A job that already ended cannot be cancelled (CONFLICT); asking again while a
// request is pending changes nothing. The requester or an admin may cancel. Audited (job.cancel).
import { JobStatus } from "@canon/db";
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf } from "../shared/actor";
import { conflict, forbidden } from "../shared/errors";
import { id } from "../shared/input";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { assertCanSeeJob } from "./job-access";
import { JOB_VIEW } from "./job-view";

const ENDED: readonly JobStatus[] = [JobStatus.SUCCEEDED, JobStatus.FAILED, JobStatus.CANCELLED];

export const cancelJob = useCase({
  permission: Permission.READ,
  input: z.object({ id }),
  async run({ actor, id }) {
    return writeTransaction(async (tx) => {
      const where = { id, organizationId: actor.organizationId };
      const job = assertCanSeeJob(
        actor,
        await tx.job.findFirst({ where, select: { id: true, kind: true, status: true, requestedById: true, cancelRequestedAt: true } }),
        id,
      );
      const person = personOf(actor);
      if (job.requestedById !== person && actor.role !== "ADMIN") throw forbidden("Only the person who requested a job, or an admin, may cancel it");
      if (ENDED.includes(job.status)) throw conflict(`Job ${id} has already ended (${job.status})`, { status: job.status });
      if (job.cancelRequestedAt) return tx.job.findUniqueOrThrow({ where, select: JOB_VIEW });
      const now = new Date();
      const request = { cancelRequestedAt: now, cancelRequestedById: person };
      // Conditional updates: the runner may claim the job (or finish it) between the read and the write.
      let res = await tx.job.updateMany({ where: { ...where, status: JobStatus.QUEUED }, data: { ...request, status: JobStatus.CANCELLED, finishedAt: now } });
      if (res.count === 0) res = await tx.job.updateMany({ where: { ...where, status: JobStatus.RUNNING, cancelRequestedAt: null }, data: request });
      if (res.count === 0) {
        const now2 = await tx.job.findUniqueOrThrow({ where, select: { status: true } });
        throw conflict(`Job ${id} has already ended (${now2.status})`, { status: now2.status });
      }
      await appendAuditEvent(tx, actor, { action: "job.cancel", subjectId: id });
      return tx.job.findUniqueOrThrow({ where, select: JOB_VIEW });
    });
  },
});
