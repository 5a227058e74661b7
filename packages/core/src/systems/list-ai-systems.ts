import type { LifecycleStatus, RiskTier } from "@canon/db";
import type { Actor } from "../shared/actor";
import { paginate, type PageArgs } from "../shared/pagination";
import { authorize, Permission } from "../shared/permissions";
import { inOrg } from "../shared/scope";
import { containsText, orderByWithId, type SortDirection } from "../shared/search";
import { reader } from "../shared/transaction";

export interface AISystemFilter {
  search?: string | null;
  riskTier?: RiskTier | null;
  lifecycleStatus?: LifecycleStatus | null;
  ownerId?: string | null;
  businessUnit?: string | null;
}

export type AISystemSortField = "name" | "createdAt" | "updatedAt" | "riskTier";

export async function listAISystems(opts: {
  actor: Actor;
  filter?: AISystemFilter | null;
  orderBy?: { field: AISystemSortField; direction: SortDirection } | null;
  page: PageArgs;
}) {
  authorize(opts.actor, Permission.READ);
  const f = opts.filter ?? {};
  const where = inOrg(opts.actor, {
    ...(f.riskTier ? { riskTier: f.riskTier } : {}),
    ...(f.lifecycleStatus ? { lifecycleStatus: f.lifecycleStatus } : {}),
    ...(f.ownerId ? { ownerId: f.ownerId } : {}),
    ...(f.businessUnit ? { businessUnit: f.businessUnit } : {}),
    ...(f.search?.trim()
      ? { OR: [{ name: containsText(f.search) }, { reference: containsText(f.search) }, { description: containsText(f.search) }] }
      : {}),
  });
  const orderBy = orderByWithId(opts.orderBy?.field ?? "name", opts.orderBy?.direction ?? "ASC");
  const db = reader();
  return paginate(
    opts.page,
    (q) => db.aISystem.findMany({ where, orderBy, ...q }),
    () => db.aISystem.count({ where }),
  );
}
