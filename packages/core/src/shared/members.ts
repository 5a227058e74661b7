import type { Actor } from "./actor";
import { invalid } from "./errors";
import type { Tx } from "./transaction";

/** Owners and assignees must be members of the caller's organisation. */
export async function assertMember(tx: Tx, actor: Actor, field: string, userId: string | null | undefined): Promise<void> {
  if (!userId) return;
  const m = await tx.membership.findFirst({ where: { organizationId: actor.organizationId, userId } });
  if (!m) throw invalid(field, `user ${userId} is not a member of this organisation`);
}
