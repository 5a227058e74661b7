// Evidence of the organisation, newest first; optionally only what has expired at an instant.
import { EvidenceKind } from "@canon/db";
import { z } from "zod";
import { dateTime, optionalEnum } from "../shared/input";
import { pageArgs, paginate } from "../shared/pagination";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";

export const evidenceFilter = z.object({
  kind: optionalEnum(EvidenceKind),
  /** Only evidence whose validity ended before this instant. */
  expiredAt: dateTime.nullish(),
});

export const listEvidence = useCase({
  permission: Permission.READ,
  input: z.object({ filter: evidenceFilter.nullish(), page: pageArgs }),
  async run({ filter, page }) {
    const where = {
      ...(filter?.kind ? { kind: filter.kind } : {}),
      ...(filter?.expiredAt ? { validUntil: { lt: filter.expiredAt } } : {}),
    };
    const db = reader();
    return paginate(
      page,
      (q) => db.evidence.findMany({ ...q, where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], include: { links: { select: { assessmentId: true } } } }),
      () => db.evidence.count({ where }),
    );
  },
});
