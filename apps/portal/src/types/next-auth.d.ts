// What the portal keeps in its session: the signed-in user and their organisation memberships.
import type { DefaultSession } from "next-auth";
import type { PortalMembership } from "../auth/membership";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string } & Omit<NonNullable<DefaultSession["user"]>, "name" | "email">;
    memberships: PortalMembership[];
  }
  interface User {
    memberships?: PortalMembership[];
    /** The API's session token (server-side only). */
    apiSession?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    memberships?: PortalMembership[];
    /** The API's session token: kept in the encrypted session cookie, read by the portal's server only. */
    apiSession?: string;
  }
}
