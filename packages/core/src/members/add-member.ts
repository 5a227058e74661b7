// Adds a person to the organisation with a role; creates their user account if it does not exist.
import type { Role } from "@canon/db";
import { appendAuditEvent } from "../audit/append-audit-event";
import { ROLES } from "../access/roles";
import { hashPassword } from "../access/secrets";
import type { Actor } from "../shared/actor";
import { conflict, invalid } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { oneOf, requiredText } from "../shared/validate";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function addMember(opts: { actor: Actor; email: string; name: string; role: Role; password?: string | null }) {
  authorize(opts.actor, Permission.ADMIN);
  const email = requiredText("email", opts.email, 320).toLowerCase();
  if (!EMAIL.test(email)) throw invalid("email", "is not an email address");
  const name = requiredText("name", opts.name);
  const role = oneOf("role", opts.role, ROLES)!;
  if (opts.password !== undefined && opts.password !== null && opts.password.length < 12) {
    throw invalid("password", "must be at least 12 characters");
  }
  return writeTransaction(async (tx) => {
    const user = (await tx.user.findUnique({ where: { email } }))
      ?? (await tx.user.create({ data: { email, name, passwordHash: opts.password ? hashPassword(opts.password) : null } }));
    const existing = await tx.membership.findUnique({ where: { organizationId_userId: { organizationId: opts.actor.organizationId, userId: user.id } } });
    if (existing) throw conflict(`${email} is already a member`);
    const membership = await tx.membership.create({ data: { organizationId: opts.actor.organizationId, userId: user.id, role } });
    await appendAuditEvent(tx, opts.actor, { action: "member.add", subjectId: membership.id });
    return { ...membership, user };
  });
}
