// API tokens for pipelines: created by admins, shown once, stored hashed, revocable.
import type { Role } from "@canon/db";
import { appendAuditEvent } from "../audit/append-audit-event";
import type { Actor } from "../shared/actor";
import { conflict } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { dateValue, oneOf, requiredText } from "../shared/validate";
import { publicToken } from "./public-token";
import { ROLES } from "./roles";
import { newApiToken } from "./secrets";

export async function createApiToken(opts: { actor: Actor; name: string; role: Role; expiresAt?: Date | null }) {
  authorize(opts.actor, Permission.ADMIN);
  const name = requiredText("name", opts.name);
  const role = oneOf("role", opts.role, ROLES)!;
  const expiresAt = dateValue("expiresAt", opts.expiresAt);
  if (expiresAt && expiresAt <= new Date()) throw conflict("expiresAt must be in the future");
  const secret = newApiToken();
  const row = await writeTransaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { organizationId: opts.actor.organizationId, name, role, tokenHash: secret.hash, prefix: secret.prefix, createdById: opts.actor.actorId, expiresAt: expiresAt ?? null },
    });
    await appendAuditEvent(tx, opts.actor, { action: "apiToken.create", subjectType: "ApiToken", subjectId: created.id, after: publicToken(created) });
    return created;
  });
  return { token: secret.token, apiToken: publicToken(row) };
}
