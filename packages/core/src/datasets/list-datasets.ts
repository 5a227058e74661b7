import { DataClassification } from "@canon/db";
import { z } from "zod";
import { optionalEnum, optionalId, optionalText } from "../shared/input";
import { pageArgs, paginate } from "../shared/pagination";
import { Permission } from "../shared/permissions";
import { containsText, orderByWithId, sortDirection } from "../shared/search";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";

export const datasetFilter = z.object({
  /** Text in the name, description or source. */
  search: optionalText(200),
  classification: optionalEnum(DataClassification),
  containsPersonalData: z.boolean().nullish(),
  containsSpecialCategoryData: z.boolean().nullish(),
  ownerId: optionalId,
});
export type DatasetFilter = z.input<typeof datasetFilter>;

export const DATASET_SORT_FIELDS = ["name", "createdAt", "updatedAt"] as const;
export type DatasetSortField = (typeof DATASET_SORT_FIELDS)[number];

export const listDatasets = useCase({
  permission: Permission.READ,
  input: z.object({
    filter: datasetFilter.nullish(),
    orderBy: z.object({ field: z.enum(DATASET_SORT_FIELDS), direction: sortDirection }).nullish(),
    page: pageArgs,
  }),
  async run({ filter, orderBy, page }) {
    const f: Partial<NonNullable<typeof filter>> = filter ?? {};
    const where = {
      ...(f.classification ? { classification: f.classification } : {}),
      ...(typeof f.containsPersonalData === "boolean" ? { containsPersonalData: f.containsPersonalData } : {}),
      ...(typeof f.containsSpecialCategoryData === "boolean" ? { containsSpecialCategoryData: f.containsSpecialCategoryData } : {}),
      ...(f.ownerId ? { ownerId: f.ownerId } : {}),
      ...(f.search ? { OR: [{ name: containsText(f.search) }, { description: containsText(f.search) }, { source: containsText(f.search) }] } : {}),
    };
    const order = orderByWithId(orderBy?.field ?? "name", orderBy?.direction ?? "ASC");
    const db = reader();
    return paginate(
      page,
      (q) => db.dataset.findMany({ where, orderBy: order, ...q }),
      () => db.dataset.count({ where }),
    );
  },
});
