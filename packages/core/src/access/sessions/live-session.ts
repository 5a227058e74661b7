// The one lookup every use of a session token starts with: the session row, if the token is one of ours
// and the session has neither ended nor expired; otherwise UNAUTHENTICATED.
import type { Prisma } from "@canon/db";
import { CanonError, ErrorCode } from "../../shared/errors";
import { acrossOrganizations } from "../../shared/tenancy";
import { reader } from "../../shared/transaction";
import { hashToken } from "../secrets";
import { isSessionToken } from "./session-token";

export const sessionRefused = (why: string) => new CanonError(ErrorCode.UNAUTHENTICATED, why);

export async function liveSession<S extends Prisma.UserSessionSelect>(token: string, select: S, now = new Date()) {
  if (!isSessionToken(token) || token.length > 200) throw sessionRefused("The session is not valid");
  const withExpiry: Prisma.UserSessionSelect = { ...select, expiresAt: true, endedAt: true };
  const session = (await acrossOrganizations("authentication", () =>
    reader().userSession.findUnique({ where: { tokenHash: hashToken(token) }, select: withExpiry }),
  )) as { expiresAt: Date; endedAt: Date | null } | null;
  if (!session || session.endedAt || session.expiresAt <= now) throw sessionRefused("The session has ended: sign in again");
  return session as unknown as Prisma.UserSessionGetPayload<{ select: S }> & { expiresAt: Date };
}
