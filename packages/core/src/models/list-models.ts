import { ModelKind, ModelSource, ModelStatus } from "@canon/db";
import { z } from "zod";
import { optionalEnum, optionalId, optionalText, tags } from "../shared/input";
import { pageArgs, paginate } from "../shared/pagination";
import { Permission } from "../shared/permissions";
import { containsText, orderByWithId, sortDirection } from "../shared/search";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";

export const modelFilter = z.object({
  /** Text in the name, description or provider model id. */
  search: optionalText(200),
  kind: optionalEnum(ModelKind),
  source: optionalEnum(ModelSource),
  status: optionalEnum(ModelStatus),
  provider: optionalText(100),
  ownerId: optionalId,
  systemId: optionalId,
  /** Every given tag must be on the model. */
  tags: tags.nullish(),
});
export type ModelFilter = z.input<typeof modelFilter>;

export const MODEL_SORT_FIELDS = ["name", "createdAt", "updatedAt"] as const;
export type ModelSortField = (typeof MODEL_SORT_FIELDS)[number];

export const listModels = useCase({
  permission: Permission.READ,
  input: z.object({
    filter: modelFilter.nullish(),
    orderBy: z.object({ field: z.enum(MODEL_SORT_FIELDS), direction: sortDirection }).nullish(),
    page: pageArgs,
  }),
  async run({ filter, orderBy, page }) {
    const f: Partial<NonNullable<typeof filter>> = filter ?? {};
    const where = {
      ...(f.kind ? { kind: f.kind } : {}),
      ...(f.source ? { source: f.source } : {}),
      ...(f.status ? { status: f.status } : {}),
      ...(f.provider ? { provider: f.provider } : {}),
      ...(f.ownerId ? { ownerId: f.ownerId } : {}),
      ...(f.systemId ? { systemId: f.systemId } : {}),
      ...(f.tags?.length ? { AND: f.tags.map((tag) => ({ tags: { some: { tag } } })) } : {}),
      ...(f.search ? { OR: [{ name: containsText(f.search) }, { description: containsText(f.search) }, { providerModelId: containsText(f.search) }] } : {}),
    };
    const order = orderByWithId(orderBy?.field ?? "name", orderBy?.direction ?? "ASC");
    const db = reader();
    return paginate(
      page,
      (q) => db.model.findMany({ where, orderBy: order, ...q }),
      () => db.model.count({ where }),
    );
  },
});
