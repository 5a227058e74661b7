import type { Actor } from "../shared/actor";
import { notFound } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";

export async function getOrganization(opts: { actor: Actor }) {
  authorize(opts.actor, Permission.READ);
  const org = await reader().organization.findUnique({ where: { id: opts.actor.organizationId } });
  if (!org) throw notFound("Organisation");
  return org;
}
