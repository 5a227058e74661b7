// Turns a bearer token into an Actor. Unknown, revoked and expired tokens are all simply refused.
import type { Actor } from "../shared/actor";
import { CanonError, ErrorCode } from "../shared/errors";
import { database } from "../shared/database";
import { hashToken, TOKEN_PREFIX } from "./secrets";

/** lastUsedAt is refreshed at most this often, so reads do not each cost a write. */
const LAST_USED_RESOLUTION_MS = 60_000;

export async function authenticateToken(token: string): Promise<Actor> {
  const refused = new CanonError(ErrorCode.UNAUTHENTICATED, "The API token is not valid");
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) throw refused;
  const db = database();
  const row = await db.reader.apiToken.findUnique({ where: { tokenHash: hashToken(token) } });
  const now = new Date();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) throw refused;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    // Usage metadata, not a change of registry state: not audited. Written in a transaction of its own
    // so that, on SQLite, it never runs inside another request's open transaction on the writer.
    await db.writer.$transaction((tx) => tx.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } }));
  }
  return { organizationId: row.organizationId, actorType: "TOKEN", actorId: row.id, role: row.role };
}
