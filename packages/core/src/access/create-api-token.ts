// API tokens: each belongs to one member (a person or a service account), is shown once, stored hashed
// and revocable. An admin may issue a token to any member; anyone else only to themself. The token's
// role is within its owner's role and within the caller's own (a token never grants more than the
// person, or the credential, that issued it); the owner's role is re-read on every request.
import { Role } from "@canon/db";
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf } from "../shared/actor";
import { CanonError, conflict, ErrorCode, forbidden, invalid } from "../shared/errors";
import { dateTime, optionalId, requiredText } from "../shared/input";
import { can, Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { publicToken } from "./public-token";
import { roleWithin } from "./roles";
import { newApiToken } from "./secrets";

export const createApiTokenInput = z.object({
  name: requiredText(),
  role: z.enum(Role),
  expiresAt: dateTime.nullish(),
  /** The member (user id) the token acts for; default: the caller. */
  ownerId: optionalId,
});
export type CreateApiTokenInput = z.input<typeof createApiTokenInput>;

const tooHigh = (message: string) => new CanonError(ErrorCode.FORBIDDEN, message, "role", { rule: "TOKEN_ROLE_WITHIN_OWNER" });

/** Every member may issue a token to themself (READ); issuing one to another member takes ADMIN. */
export const createApiToken = useCase({
  permission: Permission.READ,
  input: createApiTokenInput,
  async run({ actor, name, role, expiresAt, ownerId: requestedOwner }) {
    if (expiresAt && expiresAt <= new Date()) throw conflict("expiresAt must be in the future");
    const ownerId = requestedOwner?.trim() || actor.userId;
    if (!ownerId) throw invalid("ownerId", "is required: name the member the token acts for");
    if (ownerId !== actor.userId && !can(actor.role, Permission.ADMIN)) {
      throw forbidden("Only an admin may issue a token to another member; issue one to yourself (omit ownerId)");
    }
    if (!roleWithin(role, actor.role)) throw tooHigh(`A ${role} token cannot be issued by a credential acting as ${actor.role}`);
    const secret = newApiToken();
    const row = await writeTransaction(async (tx) => {
      const owner = await tx.membership.findFirst({ where: { userId: ownerId } });
      if (!owner) throw invalid("ownerId", `user ${ownerId} is not a member of this organisation`);
      if (!roleWithin(role, owner.role)) throw tooHigh(`A token's role must be within its owner's role: the owner is ${owner.role}, so ${role} is refused`);
      const created = await tx.apiToken.create({
        data: {
          userId: ownerId,
          name,
          role,
          tokenHash: secret.hash,
          prefix: secret.prefix,
          createdById: personOf(actor),
          expiresAt: expiresAt ?? null,
        } as any,
      });
      await appendAuditEvent(tx, actor, { action: "apiToken.create", subjectId: created.id });
      return created;
    });
    return { token: secret.token, apiToken: publicToken(row) };
  },
});
