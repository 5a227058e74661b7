import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { conflict, notFound } from "../shared/errors";
import { id } from "../shared/input";
import { can, Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { publicToken } from "./public-token";

/** Admins revoke any token of the organisation; anyone else their own (others' are not found). */
export const revokeApiToken = useCase({
  permission: Permission.READ,
  input: z.object({ id }),
  async run({ actor, id }) {
    const admin = can(actor.role, Permission.ADMIN);
    return writeTransaction(async (tx) => {
      const before = await tx.apiToken.findFirst({ where: admin ? { id } : { id, userId: actor.userId ?? "" } });
      if (!before) throw notFound("API token", id);
      if (before.revokedAt) throw conflict(`API token ${id} is already revoked`);
      const after = await tx.apiToken.update({ where: { id: before.id }, data: { revokedAt: new Date() } });
      await appendAuditEvent(tx, actor, { action: "apiToken.revoke", subjectId: after.id });
      return publicToken(after);
    });
  },
});
