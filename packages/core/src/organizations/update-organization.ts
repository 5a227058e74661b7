// The organisation's legal identity, as the EU AI Act registration and reports need it.
import { appendAuditEvent } from "../audit/append-audit-event";
import type { Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { defined, optionalText, requiredText } from "../shared/validate";

export interface OrganizationProfileInput {
  name?: string | null;
  legalName?: string | null;
  addressStreet?: string | null;
  addressCity?: string | null;
  addressPostalCode?: string | null;
  addressCountry?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  euRepName?: string | null;
  euRepAddress?: string | null;
  euRepContact?: string | null;
}

export async function updateOrganization(opts: { actor: Actor; input: OrganizationProfileInput }) {
  authorize(opts.actor, Permission.ADMIN);
  const i = opts.input;
  const data = defined({
    name: i.name === undefined ? undefined : requiredText("name", i.name),
    legalName: optionalText("legalName", i.legalName, 300),
    addressStreet: optionalText("addressStreet", i.addressStreet, 300),
    addressCity: optionalText("addressCity", i.addressCity, 200),
    addressPostalCode: optionalText("addressPostalCode", i.addressPostalCode, 40),
    addressCountry: optionalText("addressCountry", i.addressCountry, 100),
    contactEmail: optionalText("contactEmail", i.contactEmail, 320),
    contactPhone: optionalText("contactPhone", i.contactPhone, 60),
    euRepName: optionalText("euRepName", i.euRepName, 300),
    euRepAddress: optionalText("euRepAddress", i.euRepAddress, 600),
    euRepContact: optionalText("euRepContact", i.euRepContact, 300),
  });
  return writeTransaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({ where: { id: opts.actor.organizationId } });
    const after = await tx.organization.update({ where: { id: before.id }, data });
    await appendAuditEvent(tx, opts.actor, { action: "organization.update", subjectId: after.id });
    return after;
  });
}
