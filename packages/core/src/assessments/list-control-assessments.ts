// Control assessments of the organisation: by system (or organisation-wide only), framework, status.
import { ControlStatus, Framework } from "@canon/db";
import { z } from "zod";
import { optionalEnum, optionalId } from "../shared/input";
import { pageArgs, paginate } from "../shared/pagination";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";

export const controlAssessmentFilter = z.object({
  systemId: optionalId,
  /** true: only organisation-wide assessments. */
  organizationWide: z.boolean().nullish(),
  framework: optionalEnum(Framework),
  status: optionalEnum(ControlStatus),
});

export const listControlAssessments = useCase({
  permission: Permission.READ,
  input: z.object({ filter: controlAssessmentFilter.nullish(), page: pageArgs }),
  async run({ filter, page }) {
    const f: Partial<NonNullable<typeof filter>> = filter ?? {};
    const where = {
      ...(f.organizationWide ? { scopeKey: "" } : f.systemId ? { scopeKey: f.systemId } : {}),
      ...(f.framework ? { framework: f.framework } : {}),
      ...(f.status ? { status: f.status } : {}),
    };
    const db = reader();
    return paginate(
      page,
      (q) =>
        db.controlAssessment.findMany({
          ...q,
          where,
          orderBy: [{ framework: "asc" }, { requirementId: "asc" }, { id: "asc" }],
          include: { evidence: { select: { evidenceId: true } } },
        }),
      () => db.controlAssessment.count({ where }),
    );
  },
});
