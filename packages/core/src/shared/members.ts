// Owners and assignees must be members of the caller's organisation (the open scope).
import { invalid } from "./errors";
import type { Tx } from "./transaction";

export async function assertMember(tx: Tx, field: string, userId: string | null | undefined): Promise<void> {
  if (!userId) return;
  const m = await tx.membership.findFirst({ where: { userId } });
  if (!m) throw invalid(field, `user ${userId} is not a member of this organisation`);
}
