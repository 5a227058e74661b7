import { z } from "zod";
import { notFound } from "../shared/errors";
import { id } from "../shared/input";
import { pageArgs, paginate } from "../shared/pagination";
import { Permission } from "../shared/permissions";
import { orderByWithId, sortDirection } from "../shared/search";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";

/** Versions of one dataset, newest first unless asked otherwise. */
export const listDatasetVersions = useCase({
  permission: Permission.READ,
  input: z.object({ datasetId: id, direction: sortDirection.nullish(), page: pageArgs }),
  async run({ datasetId, direction, page }) {
    const db = reader();
    const dataset = await db.dataset.findUnique({ where: { id: datasetId }, select: { id: true } });
    if (!dataset) throw notFound("Dataset", datasetId);
    const where = { datasetId };
    const orderBy = orderByWithId("number", direction ?? "DESC");
    return paginate(
      page,
      (q) => db.datasetVersion.findMany({ where, orderBy, ...q }),
      () => db.datasetVersion.count({ where }),
    );
  },
});
