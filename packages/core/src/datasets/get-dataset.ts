import type { Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { reader } from "../shared/transaction";

export async function getDataset(opts: { actor: Actor; id: string }) {
  authorize(opts.actor, Permission.READ);
  return findInOrg(opts.actor, "Dataset", opts.id, (where) => reader().dataset.findFirst({ where }));
}

export async function getDatasetVersion(opts: { actor: Actor; id: string }) {
  authorize(opts.actor, Permission.READ);
  return findInOrg(opts.actor, "Dataset version", opts.id, (where) => reader().datasetVersion.findFirst({ where }));
}
