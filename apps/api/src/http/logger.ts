// Structured JSON logs (pino), one line per event, on stdout, at the configured level. Every line written
// while a request is handled carries its request id (request-log.ts). Secrets are redacted by key
// wherever they sit in a logged object, down to four levels: credentials, cookies, tokens, passwords,
// webhook secrets and signing keys never reach the log.
import { config } from "@canon/config";
import { pino, type DestinationStream, type Level, type Logger } from "pino";
import { currentRequest } from "./request-log";

/** Keys whose values are never logged, at any of the first four levels of a logged object. */
export const SECRET_KEYS = [
  "authorization",
  "cookie",
  "set-cookie",
  "x-api-key",
  "password",
  "newPassword",
  "currentPassword",
  "passwordHash",
  "token",
  "accessToken",
  "refreshToken",
  "tokenHash",
  "secret",
  "clientSecret",
  "webhookSecret",
  "signingSecret",
  "signingKey",
  "privateKey",
  "apiKey",
];

/** `password`, `*.password`, `*.*.password`, …: pino's paths for a key at each of the first `depth` levels. */
function redactPaths(keys: readonly string[], depth = 4): string[] {
  return keys.flatMap((k) => {
    const plain = /^[A-Za-z_$][\w$]*$/.test(k);
    return Array.from({ length: depth }, (_, level) => {
      const parents = "*.".repeat(level);
      return plain ? `${parents}${k}` : `${parents.replace(/\.$/, "")}["${k}"]`;
    });
  });
}

export interface LoggerOptions {
  level: Level;
  /** Where lines go (stdout by default; tests pass a stream to read them back). */
  destination?: DestinationStream;
}

export function createLogger({ level, destination }: LoggerOptions): Logger {
  return pino(
    {
      level,
      base: { service: "canon-api" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: redactPaths(SECRET_KEYS), censor: "[redacted]" },
      mixin: () => {
        const request = currentRequest();
        return request ? { requestId: request.requestId } : {};
      },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

let root: Logger | undefined;

/** The process's logger, created on first use at the configured level. */
export function logger(): Logger {
  root ??= createLogger({ level: config().logLevel });
  return root;
}

type Fields = Record<string, unknown>;

/** `log.info(msg, fields)`: the message-first form used by callers that take a plain logger (core's dispatcher). */
export const log = {
  debug: (msg: string, fields?: Fields) => logger().debug(fields ?? {}, msg),
  info: (msg: string, fields?: Fields) => logger().info(fields ?? {}, msg),
  warn: (msg: string, fields?: Fields) => logger().warn(fields ?? {}, msg),
  error: (msg: string, fields?: Fields) => logger().error(fields ?? {}, msg),
};
