import type { Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { reader } from "../shared/transaction";

export async function getRelease(opts: { actor: Actor; id: string }) {
  authorize(opts.actor, Permission.READ);
  return findInOrg(opts.actor, "Release", opts.id, (where) => reader().release.findFirst({ where }));
}
