import { appendAuditEvent } from "../audit/append-audit-event";
import type { Actor } from "../shared/actor";
import { conflict } from "../shared/errors";
import { authorize, can, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { writeTransaction } from "../shared/transaction";
import { publicToken } from "./public-token";

/** Admins revoke any token of the organisation; anyone else their own (others' are not found). */
export async function revokeApiToken(opts: { actor: Actor; id: string }) {
  authorize(opts.actor, Permission.READ);
  const admin = can(opts.actor.role, Permission.ADMIN);
  return writeTransaction(async (tx) => {
    const before = await findInOrg(opts.actor, "API token", opts.id, (where) =>
      tx.apiToken.findFirst({ where: admin ? where : { ...where, userId: opts.actor.userId ?? "" } }));
    if (before.revokedAt) throw conflict(`API token ${opts.id} is already revoked`);
    const after = await tx.apiToken.update({ where: { id: before.id }, data: { revokedAt: new Date() } });
    await appendAuditEvent(tx, opts.actor, { action: "apiToken.revoke", subjectId: after.id });
    return publicToken(after);
  });
}
