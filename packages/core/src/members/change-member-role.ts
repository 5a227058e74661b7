import { Role } from "@canon/db";
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { conflict, notFound } from "../shared/errors";
import { id } from "../shared/input";
import { Permission } from "../shared/permissions";
import { writeTransaction, type Tx } from "../shared/transaction";
import { useCase } from "../shared/use-case";

/** An organisation always keeps at least one administrator (runs inside the organisation's scope). */
export async function assertAnotherAdmin(tx: Tx, leavingMembershipId: string) {
  const admins = await tx.membership.count({ where: { role: "ADMIN", id: { not: leavingMembershipId } } });
  if (admins === 0) throw conflict("The organisation must keep at least one ADMIN");
}

export const changeMemberRole = useCase({
  permission: Permission.ADMIN,
  input: z.object({ membershipId: id, role: z.enum(Role) }),
  async run({ actor, membershipId, role }) {
    return writeTransaction(async (tx) => {
      const before = await tx.membership.findUnique({ where: { id: membershipId } });
      if (!before) throw notFound("Membership", membershipId);
      if (before.role === "ADMIN" && role !== "ADMIN") await assertAnotherAdmin(tx, before.id);
      const after = await tx.membership.update({ where: { id: before.id }, data: { role }, include: { user: true } });
      await appendAuditEvent(tx, actor, { action: "member.changeRole", subjectId: after.id });
      return after;
    });
  },
});
