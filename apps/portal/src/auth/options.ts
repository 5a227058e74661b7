// next-auth configuration: email + password (Credentials) checked by @canon/core, JWT sessions.
// Built on demand rather than at import time so `next build` never needs the runtime configuration.
import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticateUser } from "@canon/core";
import { config } from "@canon/config";
import { sortMemberships, type PortalMembership } from "./membership";

const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
// Generous bounds that stop absurd inputs before they reach the password hash.
const MAX_EMAIL_LENGTH = 320;
const MAX_PASSWORD_LENGTH = 1024;
// Every failed attempt takes at least this long, so an unknown email (answered without hashing) cannot be
// told from a wrong password by timing. Comfortably above one password hash (~50 ms here).
const FAILED_SIGN_IN_MIN_MS = 300;

async function checkCredentials(credentials: Record<string, string> | undefined) {
  const email = typeof credentials?.email === "string" ? credentials.email.trim() : "";
  const password = typeof credentials?.password === "string" ? credentials.password : "";
  if (!email || !password || email.length > MAX_EMAIL_LENGTH || password.length > MAX_PASSWORD_LENGTH) return null;
  const user = await authenticateUser({ email, password });
  // A user who belongs to no organisation has nothing to see; they get the same answer as a wrong password.
  if (!user || user.memberships.length === 0) return null;
  const memberships: PortalMembership[] = sortMemberships(
    user.memberships.map((m) => ({ organizationId: m.organizationId, organizationName: m.organizationName, role: m.role })),
  );
  return { id: user.id, email: user.email, name: user.name, memberships };
}

async function authorize(credentials: Record<string, string> | undefined) {
  const started = performance.now();
  const user = await checkCredentials(credentials);
  if (!user) await sleep(Math.max(0, FAILED_SIGN_IN_MIN_MS - (performance.now() - started)));
  return user;
}

export function authOptions(): AuthOptions {
  return {
    secret: config().portal.authSecret,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        authorize,
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        // `user` is only present right after sign-in.
        if (user) token.memberships = user.memberships ?? [];
        return token;
      },
      session({ session, token }) {
        session.user = { id: token.sub ?? "", name: token.name ?? "", email: token.email ?? "" };
        session.memberships = token.memberships ?? [];
        return session;
      },
    },
  };
}
