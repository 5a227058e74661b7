// The portal's own credential (CANON_PORTAL_CREDENTIAL), presented in the X-Canon-Portal-Credential
// header. Only a request carrying it may sign a person in with a password or act with a session token,
// and only its X-Canon-Client-Address is believed (the address of the person behind the portal).
import { config } from "@canon/config";
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";

export const PORTAL_CREDENTIAL_HEADER = "x-canon-portal-credential";
export const CLIENT_ADDRESS_HEADER = "x-canon-client-address";
export const ORGANIZATION_HEADER = "x-canon-organization";

const digest = (text: string) => createHash("sha256").update(text).digest();

/** Whether the request carries the portal's credential (compared in constant time). */
export function fromPortal(req: IncomingMessage): boolean {
  const presented = req.headers[PORTAL_CREDENTIAL_HEADER];
  const expected = config().portal.credential;
  if (typeof presented !== "string" || !presented || !expected) return false;
  return timingSafeEqual(digest(presented), digest(expected));
}

/** The address of the person signing in: the portal's forwarded one (with its credential), else the connection's. */
export function clientAddress(req: IncomingMessage): string | null {
  const forwarded = req.headers[CLIENT_ADDRESS_HEADER];
  if (typeof forwarded === "string" && isIP(forwarded.trim()) && fromPortal(req)) return forwarded.trim();
  return req.socket.remoteAddress ?? null;
}

/** The organisation a session acts in (the portal names it per request), or null. */
export function organizationHeader(req: IncomingMessage): string | null {
  const value = req.headers[ORGANIZATION_HEADER];
  return typeof value === "string" && value.trim() ? value.trim().slice(0, 100) : null;
}
