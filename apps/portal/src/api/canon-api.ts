// The portal's server talks to the Canon API and nothing else (no database, no domain code): sign-in,
// the signed-in person's memberships as they are now, and sign-out, over the API's /sessions endpoints,
// always with the portal's own credential (CANON_PORTAL_CREDENTIAL). Server-only: the credential and the
// session tokens never reach the browser.
import "server-only";
import { config } from "@canon/config";
import type { PortalMembership } from "../auth/membership";

export interface ApiPerson {
  id: string;
  email: string;
  name: string;
}

export interface ApiSession {
  token: string;
  expiresAt: string;
  user: ApiPerson;
  memberships: PortalMembership[];
}

export type SignInOutcome = { kind: "signed-in"; session: ApiSession } | { kind: "refused" } | { kind: "limited"; message: string };

function apiOrigin(): string {
  return new URL(config().portal.apiUrl).origin;
}

function portalHeaders(): Record<string, string> {
  const credential = config().portal.credential;
  if (!credential) throw new Error("CANON_PORTAL_CREDENTIAL is not set: the portal cannot reach the API");
  return { "x-canon-portal-credential": credential };
}

/** POST /sessions with the person's address (the API limits attempts per address and per account). */
export async function openSession(email: string, password: string, clientAddress: string | null): Promise<SignInOutcome> {
  const res = await fetch(`${apiOrigin()}/sessions`, {
    method: "POST",
    headers: { ...portalHeaders(), "content-type": "application/json", ...(clientAddress ? { "x-canon-client-address": clientAddress } : {}) },
    body: JSON.stringify({ email, password }),
    cache: "no-store",
  });
  if (res.status === 201) return { kind: "signed-in", session: (await res.json()) as ApiSession };
  if (res.status === 429) {
    const body = (await res.json()) as { errors?: { message?: string }[] };
    return { kind: "limited", message: body.errors?.[0]?.message ?? "Too many sign-in attempts: try again later" };
  }
  if (res.status === 401 || res.status === 400) return { kind: "refused" };
  throw new Error(`the API answered ${res.status} to a sign-in`);
}

/** The person and their memberships now; null once the session ended or they belong nowhere. */
export async function readSession(token: string): Promise<Omit<ApiSession, "token"> | null> {
  const res = await fetch(`${apiOrigin()}/sessions/current`, { headers: { ...portalHeaders(), authorization: `Bearer ${token}` }, cache: "no-store" });
  if (res.status === 401) return null;
  if (!res.ok) throw new Error(`the API answered ${res.status} for the session`);
  return (await res.json()) as Omit<ApiSession, "token">;
}

/** DELETE /sessions/current: the API refuses the token from then on. */
export async function closeSession(token: string): Promise<void> {
  await fetch(`${apiOrigin()}/sessions/current`, { method: "DELETE", headers: { authorization: `Bearer ${token}` }, cache: "no-store" });
}
