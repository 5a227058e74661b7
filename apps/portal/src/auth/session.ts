// The signed-in session for server components; null when signed out.
import "server-only";
import { getServerSession, type Session } from "next-auth";
import { connection } from "next/server";
import { authOptions } from "./options";

export async function currentSession(): Promise<Session | null> {
  // Per request, never at build time (the configuration, and its secret, exist only at run time).
  await connection();
  const session = await getServerSession(authOptions());
  return session?.user?.id ? session : null;
}
