// The person behind a live session and their memberships as they are now (read on every call): what the
// portal shows and lets them switch between. A session that ended or expired, or whose person belongs
// to no organisation any more, is refused, and the portal treats them as signed out.
import { liveSession, sessionRefused } from "./live-session";
import type { StartedSession } from "./start-session";

export type DescribedSession = Omit<StartedSession, "token">;

export async function describeSession(token: string): Promise<DescribedSession> {
  const session = await liveSession(token, {
    user: { select: { id: true, email: true, name: true, memberships: { include: { organization: { select: { name: true } } } } } },
  });
  const { user } = session;
  if (user.memberships.length === 0) throw sessionRefused("You are not a member of any organisation (any more)");
  return {
    expiresAt: session.expiresAt,
    user: { id: user.id, email: user.email, name: user.name },
    memberships: membershipList(user.memberships),
  };
}

/** Memberships as the portal lists them: by organisation name. */
export function membershipList(memberships: { organizationId: string; role: string; organization: { name: string } }[]): StartedSession["memberships"] {
  return memberships
    .map((m) => ({ organizationId: m.organizationId, organizationName: m.organization.name, role: m.role }))
    .sort((a, b) => a.organizationName.localeCompare(b.organizationName) || a.organizationId.localeCompare(b.organizationId));
}
