// A job's output file, for download (the API streams it over HTTP): its description and a stream of its
// bytes, from the database or the shared output directory. Visible to whoever may see the job.
import { z } from "zod";
import { CanonError, notFound } from "../shared/errors";
import { id } from "../shared/input";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { assertCanSeeJob } from "./job-access";
import { openOutput } from "./job-output-store";

export const openJobOutput = useCase({
  permission: Permission.READ,
  input: z.object({ id }),
  async run({ actor, id }) {
    const job = assertCanSeeJob(
      actor,
      await reader().job.findFirst({
        where: { id, organizationId: actor.organizationId },
        select: { id: true, kind: true, status: true, organizationId: true },
      }),
      id,
    );
    const output = await reader().jobOutput.findUnique({ where: { jobId: job.id } });
    if (!output) {
      if (job.status === "SUCCEEDED") throw notFound("Output of job", id);
      throw new CanonError("PRECONDITION_FAILED", `Job ${id} has no output (${job.status})`);
    }
    const { bytes, storageKey, ...description } = output;
    return { ...description, open: () => openOutput(job, { bytes, storageKey }) };
  },
});
