// Email + password sign-in (portal). Returns the user's memberships so the caller picks the organisation.
import { reader } from "../shared/transaction";
import { verifyPassword } from "./secrets";

export async function authenticateUser(opts: { email: string; password: string }) {
  const user = await reader().user.findUnique({
    where: { email: opts.email.trim().toLowerCase() },
    include: { memberships: { include: { organization: true } } },
  });
  if (!user || !verifyPassword(opts.password, user.passwordHash)) return null;
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
