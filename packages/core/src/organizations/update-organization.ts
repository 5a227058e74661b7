// The organisation's legal identity, as the EU AI Act registration and reports need it.
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { defined, optionalText, requiredText } from "../shared/input";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";

/** Every field optional: undefined = leave unchanged, null = clear (the name cannot be cleared). */
export const organizationProfileInput = z.object({
  name: requiredText(200).optional(),
  legalName: optionalText(300),
  addressStreet: optionalText(300),
  addressCity: optionalText(200),
  addressPostalCode: optionalText(40),
  addressCountry: optionalText(100),
  contactEmail: optionalText(320),
  contactPhone: optionalText(60),
  euRepName: optionalText(300),
  euRepAddress: optionalText(600),
  euRepContact: optionalText(300),
});
export type OrganizationProfileInput = z.input<typeof organizationProfileInput>;

export const updateOrganization = useCase({
  permission: Permission.ADMIN,
  input: z.object({ input: organizationProfileInput }),
  async run({ actor, input }) {
    const data = defined(input);
    return writeTransaction(async (tx) => {
      const before = await tx.organization.findUniqueOrThrow({ where: { id: actor.organizationId } });
      const after = await tx.organization.update({ where: { id: before.id }, data });
      await appendAuditEvent(tx, actor, { action: "organization.update", subjectId: after.id });
      return after;
    });
  },
});
