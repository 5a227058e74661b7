// The HTTP server: /graphql (Apollo Server through its HTTP request API), /healthz, /readyz and the
// offline explorer. Authentication happens here, before GraphQL runs. Every request gets an id (a sane
// incoming x-request-id, or a new one), echoed in the response, and ends with one log line.
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { config } from "@canon/config";
import { authenticateSession, authenticateToken, CanonError, database, databaseReady, isSessionToken, withinOrganization, type Actor } from "@canon/core";
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { complexityLimit } from "../graphql/complexity";
import { createContext, type Context } from "../graphql/context";
import { depthLimit } from "../graphql/depth-limit";
import { formatError } from "../graphql/format-error";
import { requestLogPlugin } from "../graphql/request-log-plugin";
import { canonSchema } from "../schema";
import { JOB_OUTPUT_PATH, serveJobOutput } from "../jobs/job-output.route";
import { fromPortal, organizationHeader, PORTAL_CREDENTIAL_HEADER } from "../sessions/portal-credential";
import { CURRENT_SESSION_PATH, serveSessions, SESSIONS_PATH } from "../sessions/sessions.route";
import { explorerHtml } from "./explorer";
import { logger } from "./logger";
import { BodyTooLargeError, readBody } from "./read-body";
import { currentRequest, noteActor, requestIdFrom, requestLogFields, withRequestLog, type RequestLog } from "./request-log";

const PROBES = new Set(["/healthz", "/readyz"]);

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}

function graphqlError(res: ServerResponse, status: number, code: string, message: string) {
  currentRequest()?.errors.push(code);
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

/**
 * Apollo's cache-control plugin computes a cache policy for every resolved field; the schema declares no
 * cache hints, so the outcome is always "no-store". It is disabled and the header set once per response.
 */
const noStore: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (!response.http.headers.has("cache-control")) response.http.headers.set("cache-control", "no-store");
      },
    };
  },
};

async function authenticate(req: IncomingMessage): Promise<Actor | undefined> {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new CanonError("UNAUTHENTICATED", "Authorization must be 'Bearer <token>'");
  const token = match[1]!;
  if (!isSessionToken(token)) return authenticateToken(token);
  // A session acts only through the portal's server, which names the organisation per request.
  if (!fromPortal(req)) throw new CanonError("UNAUTHENTICATED", `A session token is accepted only from the portal (with ${PORTAL_CREDENTIAL_HEADER})`);
  return authenticateSession(token, organizationHeader(req));
}

export async function createApiServer(): Promise<{ server: Server; apollo: ApolloServer<Context> }> {
  const cfg = config();
  const schema = await canonSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: cfg.api.introspection,
    hideSchemaDetailsFromClientErrors: !cfg.api.fieldSuggestions,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    validationRules: [depthLimit(cfg.api.maxDepth)],
    formatError,
    logger: logger().child({ component: "apollo" }),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      noStore,
      requestLogPlugin,
      complexityLimit(schema, cfg.api.maxComplexity, cfg.defaultPageSize),
    ],
  });
  await apollo.start();

  const handleGraphql = async (req: IncomingMessage, res: ServerResponse, url: URL, requestId: string) => {
    let actor: Actor | undefined;
    try {
      actor = await authenticate(req);
      noteActor(actor);
    } catch (error) {
      const message = error instanceof CanonError ? error.message : "Authentication failed";
      return graphqlError(res, 401, "UNAUTHENTICATED", message);
    }
    let body: unknown;
    if (req.method === "POST") {
      let raw: string;
      try {
        raw = await readBody(req, cfg.api.maxBodyBytes);
      } catch (error) {
        if (error instanceof BodyTooLargeError) return graphqlError(res, 413, "PAYLOAD_TOO_LARGE", `Request body is larger than ${cfg.api.maxBodyBytes} bytes`);
        throw error;
      }
      try {
        body = raw ? JSON.parse(raw) : {};
      } catch {
        return graphqlError(res, 400, "BAD_REQUEST", "Request body is not valid JSON");
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    // The whole operation runs in the caller's organisation scope (core's tenancy chokepoint).
    const execute = () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
        context: async () => createContext(requestId, actor),
      });
    const result = actor ? await withinOrganization(actor.organizationId, execute) : await execute();
    const outHeaders: Record<string, string> = {};
    for (const [key, value] of result.headers) outHeaders[key] = value;
    res.writeHead(result.status ?? 200, outHeaders);
    if (result.body.kind === "complete") {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, entry: RequestLog) => {
    const started = performance.now();
    const { requestId } = entry;
    res.setHeader("x-request-id", requestId);
    const url = new URL(req.url ?? "/", "http://localhost");
    try {
      if (url.pathname === "/healthz") {
        sendJson(res, 200, { status: "ok" });
      } else if (url.pathname === "/readyz") {
        try {
          await databaseReady();
          sendJson(res, 200, { status: "ready", database: database().provider });
        } catch {
          sendJson(res, 503, { status: "unavailable" });
        }
      } else if (url.pathname === "/graphql" && req.method === "GET" && cfg.api.explorer && (req.headers.accept ?? "").includes("text/html")) {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(explorerHtml());
      } else if (url.pathname === "/graphql" && (req.method === "POST" || req.method === "GET")) {
        await handleGraphql(req, res, url, requestId);
      } else if (url.pathname === SESSIONS_PATH || url.pathname === CURRENT_SESSION_PATH) {
        await serveSessions(req, res, url.pathname);
      } else if (JOB_OUTPUT_PATH.test(url.pathname)) {
        await serveJobOutput(req, res, JOB_OUTPUT_PATH.exec(url.pathname)![1]!, () => authenticate(req), requestId);
      } else if (url.pathname === "/" && req.method === "GET") {
        res.writeHead(302, { location: "/graphql" });
        res.end();
      } else {
        sendJson(res, 404, { error: "not found" });
      }
    } catch (error) {
      const errorId = randomUUID();
      logger().error({ errorId, err: error }, "request failed");
      if (!res.headersSent) graphqlError(res, 500, "INTERNAL_SERVER_ERROR", `Internal server error (id ${errorId})`);
      else res.end();
    } finally {
      const durationMs = Math.round((performance.now() - started) * 10) / 10;
      const line = { method: req.method, path: url.pathname, status: res.statusCode, durationMs, ...requestLogFields(entry) };
      // Probes would drown the log at info: they are logged at debug.
      const level = res.statusCode >= 500 ? "error" : PROBES.has(url.pathname) ? "debug" : "info";
      logger()[level](line, "request");
    }
  };

  const server = createServer((req, res) => {
    const entry: RequestLog = { requestId: requestIdFrom(req.headers["x-request-id"]), errors: [] };
    void withRequestLog(entry, () => handle(req, res, entry));
  });
  return { server, apollo };
}
