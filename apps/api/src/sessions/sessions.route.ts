// POST /sessions — the portal signs a person in: JSON { email, password } with the portal's credential
// (X-Canon-Portal-Credential) and the person's address (X-Canon-Client-Address). 201 with the session
// token, when it expires, the person and their memberships; 401 for a wrong email or password; 429 with
// Retry-After when the account or the address made too many attempts.
// GET /sessions/current — the person and their memberships as they are now (the portal's credential and
// the session as 'Authorization: Bearer'); 401 once the session ended or the person belongs nowhere.
// DELETE /sessions/current — signs out: the session in the Authorization header ends at once (204).
//
// Errors are JSON in the GraphQL error shape: { errors: [{ message, extensions: { code, … } }] }.
import { config } from "@canon/config";
import { CanonError, describeSession, endSession, startSession } from "@canon/core";
import type { IncomingMessage, ServerResponse } from "node:http";
import { BodyTooLargeError, readBody } from "../http/read-body";
import { clientAddress, fromPortal, PORTAL_CREDENTIAL_HEADER } from "./portal-credential";

export const SESSIONS_PATH = "/sessions";
export const CURRENT_SESSION_PATH = "/sessions/current";

const STATUS: Record<string, number> = { VALIDATION: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, RATE_LIMITED: 429 };

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers });
  res.end(JSON.stringify(body));
}

function fail(res: ServerResponse, status: number, code: string, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  send(res, status, { errors: [{ message, extensions: { code, ...extra } }] }, headers);
}

function failWith(res: ServerResponse, error: unknown) {
  if (!(error instanceof CanonError)) throw error;
  const retryAfter = error.details?.retryAfterSeconds;
  const extra = { ...(error.field ? { field: error.field } : {}), ...(typeof retryAfter === "number" ? { retryAfterSeconds: retryAfter } : {}) };
  fail(res, STATUS[error.code] ?? 400, error.code, error.message, extra, typeof retryAfter === "number" ? { "retry-after": String(retryAfter) } : {});
}

export async function serveSessions(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  if (path === CURRENT_SESSION_PATH) {
    if (req.method !== "DELETE" && req.method !== "GET") return fail(res, 405, "METHOD_NOT_ALLOWED", "Use GET or DELETE");
    const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
    if (!token) return fail(res, 401, "UNAUTHENTICATED", "Send the session as 'Authorization: Bearer <session token>'");
    if (req.method === "GET") {
      if (!fromPortal(req)) return fail(res, 401, "UNAUTHENTICATED", `A session is read only by the portal (with ${PORTAL_CREDENTIAL_HEADER})`);
      try {
        const session = await describeSession(token);
        return send(res, 200, { ...session, expiresAt: session.expiresAt.toISOString() });
      } catch (error) {
        return failWith(res, error);
      }
    }
    await endSession(token);
    res.writeHead(204, { "cache-control": "no-store" });
    return void res.end();
  }
  if (req.method !== "POST") return fail(res, 405, "METHOD_NOT_ALLOWED", "Use POST");
  if (!fromPortal(req)) return fail(res, 401, "UNAUTHENTICATED", `Only the portal signs people in: send its credential in ${PORTAL_CREDENTIAL_HEADER}`);
  let body: { email?: unknown; password?: unknown };
  try {
    const raw = await readBody(req, Math.min(config().api.maxBodyBytes, 16_384));
    body = JSON.parse(raw || "{}") as typeof body;
  } catch (error) {
    if (error instanceof BodyTooLargeError) return fail(res, 413, "PAYLOAD_TOO_LARGE", "The request body is too large");
    return fail(res, 400, "BAD_REQUEST", "The request body is not valid JSON");
  }
  if (typeof body !== "object" || body === null) return fail(res, 400, "BAD_REQUEST", "Send a JSON object { email, password }");
  try {
    const session = await startSession({ email: body.email as string, password: body.password as string, clientAddress: clientAddress(req) });
    send(res, 201, { ...session, expiresAt: session.expiresAt.toISOString() });
  } catch (error) {
    failWith(res, error);
  }
}
