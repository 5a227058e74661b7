import type { Role } from "@canon/db";
import { appendAuditEvent } from "../audit/append-audit-event";
import { ROLES } from "../access/roles";
import type { Actor } from "../shared/actor";
import { conflict } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { writeTransaction, type Tx } from "../shared/transaction";
import { oneOf } from "../shared/validate";

/** An organisation always keeps at least one administrator. */
export async function assertAnotherAdmin(tx: Tx, organizationId: string, leavingMembershipId: string) {
  const admins = await tx.membership.count({ where: { organizationId, role: "ADMIN", id: { not: leavingMembershipId } } });
  if (admins === 0) throw conflict("The organisation must keep at least one ADMIN");
}

export async function changeMemberRole(opts: { actor: Actor; membershipId: string; role: Role }) {
  authorize(opts.actor, Permission.ADMIN);
  const role = oneOf("role", opts.role, ROLES)!;
  return writeTransaction(async (tx) => {
    const before = await findInOrg(opts.actor, "Membership", opts.membershipId, (where) => tx.membership.findFirst({ where }));
    if (before.role === "ADMIN" && role !== "ADMIN") await assertAnotherAdmin(tx, before.organizationId, before.id);
    const after = await tx.membership.update({ where: { id: before.id }, data: { role }, include: { user: true } });
    await appendAuditEvent(tx, opts.actor, { action: "member.changeRole", subjectId: after.id });
    return after;
  });
}
