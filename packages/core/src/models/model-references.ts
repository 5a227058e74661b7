// Checks of the ids a model refers to: its owner must be a member and its system an AI system of the
// caller's organisation (the scope makes another organisation's ids invisible). Run inside the write
// transaction, before anything is written.
import { invalid } from "../shared/errors";
import { assertMember } from "../shared/members";
import type { Tx } from "../shared/transaction";

export async function assertModelReferences(tx: Tx, refs: { ownerId?: string | null; systemId?: string | null }) {
  await assertMember(tx, "ownerId", refs.ownerId);
  if (refs.systemId) {
    const system = await tx.aISystem.findUnique({ where: { id: refs.systemId }, select: { id: true } });
    if (!system) throw invalid("systemId", `AI system ${refs.systemId} was not found in this organisation`);
  }
}
