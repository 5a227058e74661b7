import type { Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { reader } from "../shared/transaction";

export async function getDeployment(opts: { actor: Actor; id: string }) {
  authorize(opts.actor, Permission.READ);
  return findInOrg(opts.actor, "Deployment", opts.id, (where) => reader().deployment.findFirst({ where }));
}
