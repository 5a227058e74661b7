import { appendAuditEvent } from "../audit/append-audit-event";
import type { Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { writeTransaction } from "../shared/transaction";
import { assertAnotherAdmin } from "./change-member-role";

export async function removeMember(opts: { actor: Actor; membershipId: string }) {
  authorize(opts.actor, Permission.ADMIN);
  return writeTransaction(async (tx) => {
    const before = await findInOrg(opts.actor, "Membership", opts.membershipId, (where) => tx.membership.findFirst({ where }));
    if (before.role === "ADMIN") await assertAnotherAdmin(tx, before.organizationId, before.id);
    await tx.membership.delete({ where: { id: before.id } });
    await appendAuditEvent(tx, opts.actor, { action: "member.remove", subjectId: before.id });
    return before;
  });
}
