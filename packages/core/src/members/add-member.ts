// Adds a person to the organisation with a role; creates their user account if it does not exist.
import { Role } from "@canon/db";
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { hashPassword } from "../access/secrets";
import { conflict } from "../shared/errors";
import { requiredText } from "../shared/input";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An email address, trimmed and lower-cased. */
export const emailAddress = requiredText(320)
  .transform((v) => v.toLowerCase())
  .refine((v) => EMAIL.test(v), "is not an email address");

export const addMemberInput = z.object({
  email: emailAddress,
  name: requiredText(),
  role: z.enum(Role),
  /** Portal password; omitted or null for token-only or SSO users. */
  password: z.string().min(12, "must be at least 12 characters").nullish(),
});
export type AddMemberInput = z.input<typeof addMemberInput>;

export const addMember = useCase({
  permission: Permission.ADMIN,
  input: addMemberInput,
  async run({ actor, email, name, role, password }) {
    // Hashed before the transaction, which then holds the write lock only for the writes.
    const passwordHash = password ? await hashPassword(password) : null;
    return writeTransaction(async (tx) => {
      const user = (await tx.user.findUnique({ where: { email } })) ?? (await tx.user.create({ data: { email, name, passwordHash } }));
      const existing = await tx.membership.findFirst({ where: { userId: user.id } });
      if (existing) throw conflict(`${email} is already a member`);
      const membership = await tx.membership.create({ data: { userId: user.id, role } as any });
      await appendAuditEvent(tx, actor, { action: "member.add", subjectId: membership.id });
      return { ...membership, user };
    });
  },
});
