import type { Actor } from "../shared/actor";
import { paginate, type PageArgs } from "../shared/pagination";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg, inOrg } from "../shared/scope";
import { orderByWithId, type SortDirection } from "../shared/search";
import { reader } from "../shared/transaction";

/** Versions of one dataset, newest first unless asked otherwise. */
export async function listDatasetVersions(opts: { actor: Actor; datasetId: string; direction?: SortDirection | null; page: PageArgs }) {
  authorize(opts.actor, Permission.READ);
  const db = reader();
  await findInOrg(opts.actor, "Dataset", opts.datasetId, (where) => db.dataset.findFirst({ where, select: { id: true } }));
  const where = inOrg(opts.actor, { datasetId: opts.datasetId });
  const orderBy = orderByWithId("number", opts.direction ?? "DESC");
  return paginate(
    opts.page,
    (q) => db.datasetVersion.findMany({ where, orderBy, ...q }),
    () => db.datasetVersion.count({ where }),
  );
}
