// Checks of the ids a model refers to: its owner must be a member and its system an AI system of the
// caller's organisation. Run inside the write transaction, before anything is written.
import type { Actor } from "../shared/actor";
import { invalid } from "../shared/errors";
import { assertMember } from "../shared/members";
import type { Tx } from "../shared/transaction";

export async function assertModelReferences(tx: Tx, actor: Actor, refs: { ownerId?: string | null; systemId?: string | null }) {
  await assertMember(tx, actor, "ownerId", refs.ownerId);
  if (refs.systemId) {
    const system = await tx.aISystem.findFirst({ where: { id: refs.systemId, organizationId: actor.organizationId }, select: { id: true } });
    if (!system) throw invalid("systemId", `AI system ${refs.systemId} was not found in this organisation`);
  }
}

