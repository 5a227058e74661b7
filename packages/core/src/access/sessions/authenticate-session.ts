// Turns a session token and the organisation the portal acts in into an Actor: the person, with the role
// their membership has now. The session must be live (not ended, not expired), and the membership is read
// on every request, so a role change or a removal applies at the next request. Without an organisation,
// the person's only membership is used; a person in several must name one.
import type { Role } from "@canon/db";
import { userActor, type Actor } from "../../shared/actor";
import { acrossOrganizations, withinOrganization } from "../../shared/tenancy";
import { reader, writeTransaction } from "../../shared/transaction";
import { liveSession, sessionRefused } from "./live-session";

/** lastUsedAt is refreshed at most this often. */
const LAST_USED_RESOLUTION_MS = 60_000;

export async function authenticateSession(token: string, organizationId: string | null): Promise<Actor> {
  const now = new Date();
  const session = await liveSession(token, { id: true, userId: true, lastUsedAt: true }, now);
  const membership = await membershipOf(session.userId, organizationId);
  if (!session.lastUsedAt || now.getTime() - session.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    // Usage metadata, not a change of registry state: not audited.
    await acrossOrganizations("session use", () => writeTransaction((tx) => tx.userSession.update({ where: { id: session.id }, data: { lastUsedAt: now } })));
  }
  return userActor(membership.organizationId, session.userId, membership.role, membership.service);
}

async function membershipOf(userId: string, organizationId: string | null): Promise<{ organizationId: string; role: Role; service: boolean }> {
  if (organizationId) {
    const m = await withinOrganization(organizationId, () =>
      reader().membership.findUnique({ where: { organizationId_userId: { organizationId, userId } }, select: { role: true, service: true } }),
    );
    if (!m) throw sessionRefused("You are not a member of that organisation (any more)");
    return { organizationId, ...m };
  }
  const all = await acrossOrganizations("authentication", () =>
    reader().membership.findMany({ where: { userId }, select: { organizationId: true, role: true, service: true }, take: 2 }),
  );
  if (all.length === 0) throw sessionRefused("You are not a member of any organisation (any more)");
  if (all.length > 1) throw sessionRefused("You belong to several organisations: name one in the X-Canon-Organization header");
  return all[0]!;
}
