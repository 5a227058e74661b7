import type { DataClassification } from "@canon/db";
import type { Actor } from "../shared/actor";
import { paginate, type PageArgs } from "../shared/pagination";
import { authorize, Permission } from "../shared/permissions";
import { inOrg } from "../shared/scope";
import { containsText, orderByWithId, type SortDirection } from "../shared/search";
import { reader } from "../shared/transaction";

export interface DatasetFilter {
  /** Text in the name, description or source. */
  search?: string | null;
  classification?: DataClassification | null;
  containsPersonalData?: boolean | null;
  containsSpecialCategoryData?: boolean | null;
  ownerId?: string | null;
}

export type DatasetSortField = "name" | "createdAt" | "updatedAt";

export async function listDatasets(opts: {
  actor: Actor;
  filter?: DatasetFilter | null;
  orderBy?: { field: DatasetSortField; direction: SortDirection } | null;
  page: PageArgs;
}) {
  authorize(opts.actor, Permission.READ);
  const f = opts.filter ?? {};
  const where = inOrg(opts.actor, {
    ...(f.classification ? { classification: f.classification } : {}),
    ...(typeof f.containsPersonalData === "boolean" ? { containsPersonalData: f.containsPersonalData } : {}),
    ...(typeof f.containsSpecialCategoryData === "boolean" ? { containsSpecialCategoryData: f.containsSpecialCategoryData } : {}),
    ...(f.ownerId ? { ownerId: f.ownerId } : {}),
    ...(f.search?.trim()
      ? { OR: [{ name: containsText(f.search) }, { description: containsText(f.search) }, { source: containsText(f.search) }] }
      : {}),
  });
  const orderBy = orderByWithId(opts.orderBy?.field ?? "name", opts.orderBy?.direction ?? "ASC");
  const db = reader();
  return paginate(
    opts.page,
    (q) => db.dataset.findMany({ where, orderBy, ...q }),
    () => db.dataset.count({ where }),
  );
}
