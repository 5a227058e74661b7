// The risk register: by system, level and status.
import { RiskLevel, RiskStatus } from "@canon/db";
import { z } from "zod";
import { optionalEnum, optionalId } from "../shared/input";
import { pageArgs, paginate } from "../shared/pagination";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";

export const riskFilter = z.object({ systemId: optionalId, level: optionalEnum(RiskLevel), status: optionalEnum(RiskStatus) });

export const listRisks = useCase({
  permission: Permission.READ,
  input: z.object({ filter: riskFilter.nullish(), page: pageArgs }),
  async run({ filter, page }) {
    const where = {
      ...(filter?.systemId ? { systems: { some: { systemId: filter.systemId } } } : {}),
      ...(filter?.level ? { level: filter.level } : {}),
      ...(filter?.status ? { status: filter.status } : {}),
    };
    const db = reader();
    return paginate(
      page,
      (q) =>
        db.risk.findMany({
          ...q,
          where,
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          include: { systems: { select: { systemId: true } }, controls: { select: { assessmentId: true } } },
        }),
      () => db.risk.count({ where }),
    );
  },
});
