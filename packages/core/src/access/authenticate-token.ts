// Turns a bearer token into an Actor. Unknown, revoked and expired tokens are all simply refused, and so
// is a token whose owner is no longer a member. The owner's membership is read on every request: the
// token acts with the permissions both its own role and the owner's current role grant, so demoting a
// member takes effect on the member's tokens at their next request.
import type { Actor } from "../shared/actor";
import { CanonError, ErrorCode } from "../shared/errors";
import { database } from "../shared/database";
import { acrossOrganizations, withinOrganization } from "../shared/tenancy";
import type { Role } from "@canon/db";
import { commonRole } from "./roles";
import { hashToken, TOKEN_PREFIX } from "./secrets";

/** lastUsedAt is refreshed at most this often, so reads do not each cost a write. */
const LAST_USED_RESOLUTION_MS = 60_000;

export async function authenticateToken(token: string): Promise<Actor> {
  const refused = (why = "The API token is not valid") => new CanonError(ErrorCode.UNAUTHENTICATED, why);
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) throw refused();
  const db = database();
  // The token names its organisation: finding it is the one read that spans organisations.
  const row = await acrossOrganizations("authentication", () => db.reader.apiToken.findUnique({ where: { tokenHash: hashToken(token) } }));
  const now = new Date();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) throw refused();
  return withinOrganization(row.organizationId, () => actorOf(row, now, refused));
}

type TokenRow = { id: string; organizationId: string; userId: string; role: Role; createdById: string | null; lastUsedAt: Date | null };

async function actorOf(row: TokenRow, now: Date, refused: (why?: string) => CanonError): Promise<Actor> {
  const db = database();
  const membership = await db.reader.membership.findUnique({
    where: { organizationId_userId: { organizationId: row.organizationId, userId: row.userId } },
    select: { role: true, service: true },
  });
  if (!membership) throw refused("The API token is not valid: its owner is no longer a member of the organisation");
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    // Usage metadata, not a change of registry state: not audited. Written in a transaction of its own
    // so that, on SQLite, it never runs inside another request's open transaction on the writer.
    await db.writer.$transaction((tx) => tx.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } }));
  }
  return {
    organizationId: row.organizationId,
    actorType: "TOKEN",
    actorId: row.id,
    userId: row.userId,
    role: commonRole(row.role, membership.role),
    service: membership.service,
    issuedById: row.createdById,
  };
}
