import type { ModelKind, ModelSource, ModelStatus } from "@canon/db";
import type { Actor } from "../shared/actor";
import { paginate, type PageArgs } from "../shared/pagination";
import { authorize, Permission } from "../shared/permissions";
import { inOrg } from "../shared/scope";
import { containsText, orderByWithId, type SortDirection } from "../shared/search";
import { reader } from "../shared/transaction";
import { tags as validTags } from "../shared/validate";

export interface ModelFilter {
  /** Text in the name, description or provider model id. */
  search?: string | null;
  kind?: ModelKind | null;
  source?: ModelSource | null;
  status?: ModelStatus | null;
  provider?: string | null;
  ownerId?: string | null;
  systemId?: string | null;
  /** Every given tag must be on the model. */
  tags?: string[] | null;
}

export type ModelSortField = "name" | "createdAt" | "updatedAt";

export async function listModels(opts: {
  actor: Actor;
  filter?: ModelFilter | null;
  orderBy?: { field: ModelSortField; direction: SortDirection } | null;
  page: PageArgs;
}) {
  authorize(opts.actor, Permission.READ);
  const f = opts.filter ?? {};
  const tags = validTags("filter.tags", f.tags) ?? [];
  const where = inOrg(opts.actor, {
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.source ? { source: f.source } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.provider ? { provider: f.provider } : {}),
    ...(f.ownerId ? { ownerId: f.ownerId } : {}),
    ...(f.systemId ? { systemId: f.systemId } : {}),
    ...(tags.length ? { AND: tags.map((tag) => ({ tags: { some: { tag } } })) } : {}),
    ...(f.search?.trim()
      ? { OR: [{ name: containsText(f.search) }, { description: containsText(f.search) }, { providerModelId: containsText(f.search) }] }
      : {}),
  });
  const orderBy = orderByWithId(opts.orderBy?.field ?? "name", opts.orderBy?.direction ?? "ASC");
  const db = reader();
  return paginate(
    opts.page,
    (q) => db.model.findMany({ where, orderBy, ...q }),
    () => db.model.count({ where }),
  );
}
