import { appendAuditEvent } from "../audit/append-audit-event";
import type { Actor } from "../shared/actor";
import { conflict } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { writeTransaction } from "../shared/transaction";
import { publicToken } from "./public-token";

export async function revokeApiToken(opts: { actor: Actor; id: string }) {
  authorize(opts.actor, Permission.ADMIN);
  return writeTransaction(async (tx) => {
    const before = await findInOrg(opts.actor, "API token", opts.id, (where) => tx.apiToken.findFirst({ where }));
    if (before.revokedAt) throw conflict(`API token ${opts.id} is already revoked`);
    const after = await tx.apiToken.update({ where: { id: before.id }, data: { revokedAt: new Date() } });
    await appendAuditEvent(tx, opts.actor, { action: "apiToken.revoke", subjectType: "ApiToken", subjectId: after.id, before: publicToken(before), after: publicToken(after) });
    return publicToken(after);
  });
}
