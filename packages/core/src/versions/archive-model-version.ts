// Retires a version: stage ARCHIVED with the time. A version that an alias still points to cannot be
// archived (move or delete the alias first), so pipelines never resolve an alias to an archived version.
import type { Actor } from "../shared/actor";
import { conflict } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { writeTransaction } from "../shared/transaction";
import { archiveVersion } from "./archive-version";

export async function archiveModelVersion(opts: { actor: Actor; id: string }) {
  authorize(opts.actor, Permission.WRITE);
  return writeTransaction(async (tx) => {
    const before = await findInOrg(opts.actor, "Model version", opts.id, (where) => tx.modelVersion.findFirst({ where }));
    if (before.stage === "ARCHIVED") throw conflict(`Model version ${before.id} is already archived`);
    return archiveVersion(tx, opts.actor, before.id);
  });
}
