// A service account: a member that is not a person, for pipelines. It holds tokens, registers models,
// records evaluations and deployments and requests approvals, but never decides one. It has no
// password and no real email (an address under the reserved .invalid domain identifies it).
import type { Role } from "@canon/db";
import { randomBytes } from "node:crypto";
import { appendAuditEvent } from "../audit/append-audit-event";
import { ROLES } from "../access/roles";
import type { Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { oneOf, requiredText } from "../shared/validate";

export async function addServiceAccount(opts: { actor: Actor; name: string; role: Role }) {
  authorize(opts.actor, Permission.ADMIN);
  const name = requiredText("name", opts.name);
  const role = oneOf("role", opts.role, ROLES)!;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "service";
  const email = `${slug}.${randomBytes(4).toString("hex")}@service-account.invalid`;
  return writeTransaction(async (tx) => {
    const user = await tx.user.create({ data: { email, name, passwordHash: null } });
    const membership = await tx.membership.create({ data: { organizationId: opts.actor.organizationId, userId: user.id, role, service: true } });
    await appendAuditEvent(tx, opts.actor, { action: "member.add", subjectId: membership.id });
    return { ...membership, user };
  });
}
