// The one place where errors become GraphQL errors. Domain errors keep their code and message; GraphQL's
// own refusals of argument values (wrong type, unknown enum name, null for non-null, missing argument or
// field — as variables, literals or at execution) become VALIDATION naming the argument path, like core's;
// anything unexpected is masked and logged with an id the caller can quote.
import { randomUUID } from "node:crypto";
import { unwrapResolverError } from "@apollo/server/errors";
import { CanonError, ErrorCode } from "@canon/core";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { logger } from "../http/logger";
import { currentRequest } from "../http/request-log";
import { argumentErrorField } from "./argument-error-field";

const PASS_THROUGH = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_REQUEST",
]);

function prismaCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown })?.code;
  return typeof code === "string" && /^P\d{4}$/.test(code) ? code : undefined;
}

const validation = (field: string | undefined) => ({ code: ErrorCode.VALIDATION, ...(field ? { field } : {}) });

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof CanonError) {
    const extensions = {
      code: original.code,
      ...(original.field ? { field: original.field } : {}),
      ...(original.details ? { details: original.details } : {}),
    };
    return { ...base, message: original.message, extensions };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code === "BAD_USER_INPUT") return { ...base, extensions: validation(argumentErrorField(error, "variable")) };
  if (code === "GRAPHQL_VALIDATION_FAILED") {
    const field = argumentErrorField(error, "literal");
    if (field) return { ...base, extensions: validation(field) };
  }
  if (code && PASS_THROUGH.has(code)) return { ...base, extensions: { code } };
  const argument = original instanceof GraphQLError ? argumentErrorField(original, "execution") : undefined;
  if (argument) return { ...base, extensions: validation(argument) };
  const prisma = prismaCode(original);
  if (prisma === "P2002") return { ...base, message: "A record with the same unique values already exists", extensions: { code: ErrorCode.CONFLICT } };
  if (prisma === "P2025") return { ...base, message: "The record was not found", extensions: { code: ErrorCode.NOT_FOUND } };
  const errorId = randomUUID();
  logger().error({ errorId, requestId: currentRequest()?.requestId, err: original, path: formatted.path }, "unexpected error");
  return { ...base, message: `Internal server error (id ${errorId})`, extensions: { code: "INTERNAL_SERVER_ERROR", errorId } };
}
