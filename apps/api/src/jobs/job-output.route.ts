// GET /jobs/:id/output — a job's output file, streamed to the caller, authenticated with the same bearer
// token as /graphql and read in the token's organisation (core decides who may see which job). Large
// files never pass through GraphQL; any instance can serve any job's output (it lives in the database or
// the shared output directory).
import { CanonError, openJobOutput, withinOrganization, type Actor } from "@canon/core";
import type { IncomingMessage, ServerResponse } from "node:http";
import { pipeline } from "node:stream/promises";

export const JOB_OUTPUT_PATH = /^\/jobs\/([^/]+)\/output$/;

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, VALIDATION: 400, PRECONDITION_FAILED: 409, CONFLICT: 409 };

function fail(res: ServerResponse, status: number, code: string, message: string, requestId: string) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "x-request-id": requestId, "cache-control": "no-store" });
  res.end(JSON.stringify({ error: { code, message } }));
}

/** RFC 6266 / 8187: an ASCII fallback and the UTF-8 name. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export async function serveJobOutput(
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  authenticate: () => Promise<Actor | undefined>,
  requestId: string,
): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") return fail(res, 405, "METHOD_NOT_ALLOWED", "Use GET", requestId);
  let actor: Actor | undefined;
  try {
    actor = await authenticate();
  } catch (error) {
    return fail(res, 401, "UNAUTHENTICATED", error instanceof CanonError ? error.message : "Authentication failed", requestId);
  }
  if (!actor) return fail(res, 401, "UNAUTHENTICATED", "Send Authorization: Bearer <token>", requestId);
  let jobId: string;
  try {
    jobId = decodeURIComponent(id);
  } catch {
    return fail(res, 404, "NOT_FOUND", "No such job", requestId);
  }
  let output: Awaited<ReturnType<typeof openJobOutput>>;
  try {
    output = await withinOrganization(actor.organizationId, () => openJobOutput({ actor: actor!, id: jobId }));
  } catch (error) {
    if (error instanceof CanonError) return fail(res, STATUS[error.code] ?? 400, error.code, error.message, requestId);
    throw error;
  }
  res.writeHead(200, {
    "content-type": output.contentType,
    "content-length": String(output.byteSize),
    "content-disposition": contentDisposition(output.fileName),
    "x-content-sha256": output.sha256,
    etag: `"${output.sha256}"`,
    "x-content-type-options": "nosniff",
    "cache-control": "private, no-store",
    "x-request-id": requestId,
  });
  if (req.method === "HEAD") return void res.end();
  await pipeline(output.open(), res);
}
