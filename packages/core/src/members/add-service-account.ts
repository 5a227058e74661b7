// A service account: a member that is not a person, for pipelines. It holds tokens, registers models,
// records evaluations and deployments and requests approvals, but never decides one. It has no
// password and no real email (an address under the reserved .invalid domain identifies it).
import { Role } from "@canon/db";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { requiredText } from "../shared/input";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";

export const addServiceAccount = useCase({
  permission: Permission.ADMIN,
  input: z.object({ name: requiredText(), role: z.enum(Role) }),
  async run({ actor, name, role }) {
    const slug =
      name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "")
        .slice(0, 40) || "service";
    const email = `${slug}.${randomBytes(4).toString("hex")}@service-account.invalid`;
    return writeTransaction(async (tx) => {
      const user = await tx.user.create({ data: { email, name, passwordHash: null } });
      const membership = await tx.membership.create({ data: { userId: user.id, role, service: true } as any });
      await appendAuditEvent(tx, actor, { action: "member.add", subjectId: membership.id });
      return { ...membership, user };
    });
  },
});
