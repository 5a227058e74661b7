// next-auth configuration: email + password (Credentials) checked by the Canon API (POST /sessions), JWT
// sessions that carry the API's session token (server-side only: the session callback leaves it out of
// what the browser can read). Built on demand rather than at import time so `next build` never needs the
// runtime configuration.
import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { config } from "@canon/config";
import { closeSession, openSession } from "../api/canon-api";
import { sortMemberships } from "./membership";

const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
// Generous bounds that stop absurd inputs before they reach the API.
const MAX_EMAIL_LENGTH = 320;
const MAX_PASSWORD_LENGTH = 1024;
// Every failed attempt takes at least this long, whatever the API answered and how fast.
const FAILED_SIGN_IN_MIN_MS = 300;

/**
 * The address of the person signing in, for the API's per-address limit: the first X-Forwarded-For entry
 * (Next sets it to the connection's address when no proxy did). Behind a reverse proxy, let the proxy set
 * the header; exposed directly, a client could name any address (the per-account limit still holds).
 */
function clientAddress(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.toString().split(",")[0]?.trim();
  return first ? first.replace(/^::ffff:/, "") : null;
}

async function authorize(credentials: Record<string, string> | undefined, req: { headers?: Record<string, unknown> }) {
  const started = performance.now();
  const email = typeof credentials?.email === "string" ? credentials.email.trim() : "";
  const password = typeof credentials?.password === "string" ? credentials.password : "";
  const bounded = email && password && email.length <= MAX_EMAIL_LENGTH && password.length <= MAX_PASSWORD_LENGTH;
  const outcome = bounded ? await openSession(email, password, clientAddress(req.headers)) : ({ kind: "refused" } as const);
  if (outcome.kind === "signed-in") {
    const { token, user, memberships } = outcome.session;
    return { id: user.id, email: user.email, name: user.name, memberships: sortMemberships(memberships), apiSession: token };
  }
  await sleep(Math.max(0, FAILED_SIGN_IN_MIN_MS - (performance.now() - started)));
  // A limit is said as the API says it (with when to try again); next-auth passes the message on.
  if (outcome.kind === "limited") throw new Error(outcome.message);
  return null;
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
        if (user) {
          token.memberships = user.memberships ?? [];
          token.apiSession = user.apiSession;
        }
        return token;
      },
      session({ session, token }) {
        // What /api/auth/session shows the browser: never the API session token.
        session.user = { id: token.sub ?? "", name: token.name ?? "", email: token.email ?? "" };
        session.memberships = token.memberships ?? [];
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.apiSession) await closeSession(token.apiSession).catch(() => undefined);
      },
    },
  };
}
