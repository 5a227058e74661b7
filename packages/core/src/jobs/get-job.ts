// One job of the caller's organisation, with its progress, outcome and output description.
import { z } from "zod";
import { id } from "../shared/input";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { assertCanSeeJob } from "./job-access";
import { JOB_VIEW } from "./job-view";

export const getJob = useCase({
  permission: Permission.READ,
  input: z.object({ id }),
  async run({ actor, id }) {
    const job = await reader().job.findFirst({ where: { id, organizationId: actor.organizationId }, select: JOB_VIEW });
    return assertCanSeeJob(actor, job, id);
  },
});
