// The organisation's jobs the caller may see (job-access.ts), newest first, optionally by status or kind.
import { JobStatus } from "@canon/db";
import { z } from "zod";
import { optionalText } from "../shared/input";
import { pageArgs, paginate } from "../shared/pagination";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { visibleKindsFilter } from "./job-access";
import { JOB_VIEW } from "./job-view";

export const listJobs = useCase({
  permission: Permission.READ,
  input: z.object({ status: z.enum(JobStatus).nullish(), kind: optionalText(100), page: pageArgs }),
  async run({ actor, status, kind, page }) {
    const visible = visibleKindsFilter(actor);
    const where = {
      organizationId: actor.organizationId,
      ...(status ? { status } : {}),
      ...(kind ? { AND: [{ kind }, visible] } : visible),
    };
    const db = reader();
    return paginate(
      page,
      (q) => db.job.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: JOB_VIEW, ...q }),
      () => db.job.count({ where }),
    );
  },
});
