// The signed-in session for server components, checked with the API on every request: the person and
// their memberships as they are now. null when signed out, or when the API no longer accepts the session
// (it ended, or the person was removed from every organisation): the page then treats them as signed out.
import "server-only";
import { getServerSession, type Session } from "next-auth";
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import { connection } from "next/server";
import { config } from "@canon/config";
import { readSession } from "../api/canon-api";
import { sortMemberships } from "./membership";
import { authOptions } from "./options";

export async function currentSession(): Promise<Session | null> {
  // Per request, never at build time (the configuration, and its secret, exist only at run time).
  await connection();
  const session = await getServerSession(authOptions());
  if (!session?.user?.id) return null;
  const jwt = await getToken({ req: { cookies: await cookies(), headers: {} } as never, secret: config().portal.authSecret });
  if (!jwt?.apiSession) return null;
  const live = await readSession(jwt.apiSession);
  if (!live) return null;
  return { ...session, user: { ...session.user, name: live.user.name, email: live.user.email }, memberships: sortMemberships(live.memberships) };
}
