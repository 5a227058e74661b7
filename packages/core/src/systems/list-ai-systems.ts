import { LifecycleStatus, RiskTier } from "@canon/db";
import { z } from "zod";
import { optionalEnum, optionalId, optionalText } from "../shared/input";
import { pageArgs, paginate } from "../shared/pagination";
import { Permission } from "../shared/permissions";
import { containsText, orderByWithId, sortDirection } from "../shared/search";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";

export const aiSystemFilter = z.object({
  /** Text in the name, reference or description. */
  search: optionalText(200),
  riskTier: optionalEnum(RiskTier),
  lifecycleStatus: optionalEnum(LifecycleStatus),
  ownerId: optionalId,
  businessUnit: optionalText(200),
});
export type AISystemFilter = z.input<typeof aiSystemFilter>;

export const AI_SYSTEM_SORT_FIELDS = ["name", "createdAt", "updatedAt", "riskTier"] as const;
export type AISystemSortField = (typeof AI_SYSTEM_SORT_FIELDS)[number];

export const listAISystems = useCase({
  permission: Permission.READ,
  input: z.object({
    filter: aiSystemFilter.nullish(),
    orderBy: z.object({ field: z.enum(AI_SYSTEM_SORT_FIELDS), direction: sortDirection }).nullish(),
    page: pageArgs,
  }),
  async run({ filter, orderBy, page }) {
    const f: Partial<NonNullable<typeof filter>> = filter ?? {};
    const where = {
      ...(f.riskTier ? { riskTier: f.riskTier } : {}),
      ...(f.lifecycleStatus ? { lifecycleStatus: f.lifecycleStatus } : {}),
      ...(f.ownerId ? { ownerId: f.ownerId } : {}),
      ...(f.businessUnit ? { businessUnit: f.businessUnit } : {}),
      ...(f.search ? { OR: [{ name: containsText(f.search) }, { reference: containsText(f.search) }, { description: containsText(f.search) }] } : {}),
    };
    const order = orderByWithId(orderBy?.field ?? "name", orderBy?.direction ?? "ASC");
    const db = reader();
    return paginate(
      page,
      (q) => db.aISystem.findMany({ where, orderBy: order, ...q }),
      () => db.aISystem.count({ where }),
    );
  },
});
