import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { notFound } from "../shared/errors";
import { id } from "../shared/input";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { assertAnotherAdmin } from "./change-member-role";

export const removeMember = useCase({
  permission: Permission.ADMIN,
  input: z.object({ membershipId: id }),
  async run({ actor, membershipId }) {
    return writeTransaction(async (tx) => {
      const before = await tx.membership.findUnique({ where: { id: membershipId } });
      if (!before) throw notFound("Membership", membershipId);
      if (before.role === "ADMIN") await assertAnotherAdmin(tx, before.id);
      await tx.membership.delete({ where: { id: before.id } });
      await appendAuditEvent(tx, actor, { action: "member.remove", subjectId: before.id });
      return before;
    });
  },
});
