import { appendAuditEvent } from "../audit/append-audit-event";
import type { Actor } from "../shared/actor";
import { assertMember } from "../shared/members";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { writeTransaction } from "../shared/transaction";
import { systemFields, type SystemFieldsInput } from "./system-fields";

export async function updateAISystem(opts: { actor: Actor; id: string; input: SystemFieldsInput }) {
  authorize(opts.actor, Permission.WRITE);
  const data = systemFields(opts.input);
  return writeTransaction(async (tx) => {
    const before = await findInOrg(opts.actor, "AI system", opts.id, (where) => tx.aISystem.findFirst({ where }));
    await assertMember(tx, "ownerId", data.ownerId);
    const after = await tx.aISystem.update({ where: { id: before.id }, data });
    await appendAuditEvent(tx, opts.actor, { action: "aiSystem.update", subjectId: after.id });
    return after;
  });
}
