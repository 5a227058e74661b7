// API tokens: each belongs to one member (a person or a service account), is shown once, stored hashed
// and revocable. An admin may issue a token to any member; anyone else only to themself. The token's
// role is within its owner's role and within the caller's own (a token never grants more than the
// person, or the credential, that issued it); the owner's role is re-read on every request.
import type { Role } from "@canon/db";
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf, type Actor } from "../shared/actor";
import { CanonError, conflict, ErrorCode, forbidden, invalid } from "../shared/errors";
import { authorize, can, Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { dateValue, oneOf, requiredText } from "../shared/validate";
import { publicToken } from "./public-token";
import { ROLES, roleWithin } from "./roles";
import { newApiToken } from "./secrets";

export interface CreateApiTokenInput {
  name: string;
  role: Role;
  expiresAt?: Date | null;
  /** The member (user id) the token acts for; default: the caller. */
  ownerId?: string | null;
}

const tooHigh = (message: string) => new CanonError(ErrorCode.FORBIDDEN, message, "role", { rule: "TOKEN_ROLE_WITHIN_OWNER" });

export async function createApiToken(opts: { actor: Actor } & CreateApiTokenInput) {
  authorize(opts.actor, Permission.READ);
  const { actor } = opts;
  const name = requiredText("name", opts.name);
  const role = oneOf("role", opts.role, ROLES)!;
  const expiresAt = dateValue("expiresAt", opts.expiresAt);
  if (expiresAt && expiresAt <= new Date()) throw conflict("expiresAt must be in the future");
  const ownerId = opts.ownerId?.trim() || actor.userId;
  if (!ownerId) throw invalid("ownerId", "is required: name the member the token acts for");
  if (ownerId !== actor.userId && !can(actor.role, Permission.ADMIN)) {
    throw forbidden("Only an admin may issue a token to another member; issue one to yourself (omit ownerId)");
  }
  if (!roleWithin(role, actor.role)) throw tooHigh(`A ${role} token cannot be issued by a credential acting as ${actor.role}`);
  const secret = newApiToken();
  const row = await writeTransaction(async (tx) => {
    const owner = await tx.membership.findUnique({ where: { organizationId_userId: { organizationId: actor.organizationId, userId: ownerId } } });
    if (!owner) throw invalid("ownerId", `user ${ownerId} is not a member of this organisation`);
    if (!roleWithin(role, owner.role)) throw tooHigh(`A token's role must be within its owner's role: the owner is ${owner.role}, so ${role} is refused`);
    const created = await tx.apiToken.create({
      data: {
        organizationId: actor.organizationId, userId: ownerId, name, role, tokenHash: secret.hash, prefix: secret.prefix,
        createdById: personOf(actor), expiresAt: expiresAt ?? null,
      },
    });
    await appendAuditEvent(tx, actor, { action: "apiToken.create", subjectId: created.id });
    return created;
  });
  return { token: secret.token, apiToken: publicToken(row) };
}
