// Email + password sign-in (portal). Returns the user's memberships so the caller picks the organisation.
import { reader } from "../shared/transaction";
import { hashPassword, verifyPassword } from "./secrets";

/** Checked when the email is unknown, so a failed sign-in takes as long whether or not the account exists. */
let decoyHash: Promise<string> | undefined;

export async function authenticateUser(opts: { email: string; password: string }) {
  const user = await reader().user.findUnique({
    where: { email: opts.email.trim().toLowerCase() },
    include: { memberships: { include: { organization: true } } },
  });
  decoyHash ??= hashPassword("canon-decoy-password");
  const valid = await verifyPassword(opts.password, user?.passwordHash ?? (await decoyHash));
  if (!user || !user.passwordHash || !valid) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    memberships: user.memberships.map((m) => ({
      organizationId: m.organizationId,
      organizationName: m.organization.name,
      role: m.role,
    })),
  };
}
