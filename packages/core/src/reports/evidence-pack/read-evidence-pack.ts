// An evidence pack job's stored output and what the audit trail recorded about it (AUDIT_READ), for
// verifying the pack where it is kept: the ZIP's bytes (from the database or the shared output directory)
// and the `reportRun.finish` events of its run. The caller verifies the bytes (@canon/reports) and matches
// them with the events. A job of another organisation, or of another kind, is not found.
import { z } from "zod";
import { assertCanSeeJob } from "../../jobs/job-access";
import { readOutputBytes } from "../../jobs/job-output-store";
import { CanonError, ErrorCode, notFound } from "../../shared/errors";
import { id } from "../../shared/input";
import { Permission } from "../../shared/permissions";
import { reader } from "../../shared/transaction";
import { useCase } from "../../shared/use-case";
import { EVIDENCE_PACK_JOB_KIND } from "./evidence-pack-kind";
import { finishEventsOfJob } from "./find-pack-events";

export const readEvidencePack = useCase({
  permission: Permission.AUDIT_READ,
  input: z.object({ jobId: id }),
  async run({ actor, jobId }) {
    const job = assertCanSeeJob(
      actor,
      await reader().job.findFirst({ where: { id: jobId }, select: { id: true, kind: true, status: true, organizationId: true } }),
      jobId,
    );
    if (job.kind !== EVIDENCE_PACK_JOB_KIND) throw notFound("Evidence pack job", jobId);
    const output = await reader().jobOutput.findUnique({ where: { jobId: job.id }, select: { bytes: true, storageKey: true, sha256: true } });
    if (!output) {
      if (job.status === "SUCCEEDED") throw notFound("Output of job", jobId);
      throw new CanonError(ErrorCode.PRECONDITION_FAILED, `Job ${jobId} has no evidence pack yet (${job.status})`);
    }
    return { bytes: await readOutputBytes(job, output), storedSha256: output.sha256, finishEvents: await finishEventsOfJob(job.id) };
  },
});
