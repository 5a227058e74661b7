// zod refusals as the domain's one error: VALIDATION, naming the field at fault as a dot path within the
// operation's arguments (`input.metrics.0.value` is reported as `metrics.0.value`: an argument named
// `input` is left out, as GraphQL refusals are reported by the API).
import { z } from "zod";
import { CanonError, ErrorCode } from "./errors";

export function fieldPath(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  if (parts[0] === "input" && parts.length > 1) parts.shift();
  return parts.join(".");
}

function describe(issue: z.core.$ZodIssue): string {
  return issue.message;
}

export function validationError(error: z.ZodError): CanonError {
  const issue = error.issues[0]!;
  const field = fieldPath(issue.path);
  const message = describe(issue);
  return new CanonError(ErrorCode.VALIDATION, field ? `${field}: ${message}` : message, field || undefined);
}

/** Parses arguments with a schema; a refusal throws VALIDATION before anything is read or written. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error);
  return result.data;
}
