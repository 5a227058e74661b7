// The one error type of the domain. The API maps `code` to GraphQL `extensions.code` in one place.
export const ErrorCode = {
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  VALIDATION: "VALIDATION",
  CONFLICT: "CONFLICT",
  PRECONDITION_FAILED: "PRECONDITION_FAILED",
  /** Too many attempts; `details.retryAfterSeconds` says when to try again. */
  RATE_LIMITED: "RATE_LIMITED",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class CanonError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** For VALIDATION: the input field at fault (dot path). */
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "CanonError";
  }
}

export const notFound = (what: string, id?: string) => new CanonError(ErrorCode.NOT_FOUND, id ? `${what} ${id} was not found` : `${what} was not found`);

export const invalid = (field: string, message: string) => new CanonError(ErrorCode.VALIDATION, `${field}: ${message}`, field);

export const conflict = (message: string, details?: Record<string, unknown>) => new CanonError(ErrorCode.CONFLICT, message, undefined, details);

export const forbidden = (message: string) => new CanonError(ErrorCode.FORBIDDEN, message);

/** Prisma's unique-constraint failure, recognised without importing the client's error classes. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
