// Creates a tenant with its first administrator and the start of its audit chain. Not a GraphQL
// operation: it is run by an operator (npm run org:create) or the seed, acting as the system.
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { GENESIS_HASH } from "../audit/canonical";
import { hashPassword } from "../access/secrets";
import { systemActor } from "../shared/actor";
import { conflict, isUniqueViolation } from "../shared/errors";
import { identifier, requiredText } from "../shared/input";
import { parseInput } from "../shared/input-errors";
import { withinOrganization } from "../shared/tenancy";
import { writeTransaction } from "../shared/transaction";

export const createOrganizationInput = z.object({
  slug: identifier(60),
  name: requiredText(),
  admin: z.object({
    email: requiredText(320).transform((v) => v.toLowerCase()),
    name: requiredText(),
    password: z.string().nullish(),
  }),
});
export type CreateOrganizationInput = z.input<typeof createOrganizationInput>;

export async function createOrganization(input: CreateOrganizationInput) {
  const { slug, name, admin } = parseInput(createOrganizationInput, input);
  const passwordHash = admin.password ? await hashPassword(admin.password) : null;
  try {
    return await writeTransaction(async (tx) => {
      const org = await tx.organization.create({ data: { slug, name } });
      return withinOrganization(org.id, async () => {
        await tx.auditChainHead.create({ data: { organizationId: org.id, seq: 0, hash: GENESIS_HASH } });
        const actor = systemActor(org.id, "organization-setup");
        await appendAuditEvent(tx, actor, { action: "organization.create", subjectId: org.id });
        const existing = await tx.user.findUnique({ where: { email: admin.email } });
        const user =
          existing ??
          (await tx.user.create({
            data: { email: admin.email, name: admin.name, passwordHash },
          }));
        const membership = await tx.membership.create({ data: { organizationId: org.id, userId: user.id, role: "ADMIN" } });
        await appendAuditEvent(tx, actor, { action: "member.add", subjectId: membership.id });
        return { organization: org, adminUserId: user.id };
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`An organisation with slug "${slug}" already exists`);
    throw error;
  }
}
