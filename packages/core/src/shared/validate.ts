// Small, explicit input checks. Each failure names the field and leaves the database untouched,
// because every check runs before the write transaction starts.
import { invalid } from "./errors";

export const LIMITS = { name: 200, text: 20_000, uri: 2_048, tag: 64, tags: 50, short: 200 } as const;

export function text(field: string, value: string, max: number = LIMITS.text): string {
  if (value.length > max) throw invalid(field, `must be at most ${max} characters`);
  return value;
}

export function requiredText(field: string, value: string | undefined | null, max: number = LIMITS.name): string {
  const trimmed = (value ?? "").trim();
  if (!trimmed) throw invalid(field, "is required");
  return text(field, trimmed, max);
}

export function optionalText(field: string, value: string | undefined | null, max: number = LIMITS.text): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  const trimmed = value.trim();
  return trimmed ? text(field, trimmed, max) : null;
}

const SLUG = /^[a-z0-9][a-z0-9._-]*$/;
export function identifier(field: string, value: string | undefined, max = 100): string {
  const v = requiredText(field, value, max);
  if (!SLUG.test(v)) throw invalid(field, "may contain lower-case letters, digits, '.', '_' and '-', starting with a letter or digit");
  return v;
}

const SHA256 = /^(sha256:)?[0-9a-f]{64}$/;
/** A sha256 digest as 64 lower-case hex characters, optionally prefixed "sha256:"; stored without the prefix. */
export function sha256Digest(field: string, value: string | undefined | null): string {
  const v = (value ?? "").trim().toLowerCase();
  if (!SHA256.test(v)) throw invalid(field, "must be a sha256 digest: 64 hexadecimal characters");
  return v.replace(/^sha256:/, "");
}

export function optionalSha256(field: string, value: string | undefined | null): string | null | undefined {
  if (value === undefined || value === null || value.trim() === "") return value === undefined ? undefined : null;
  return sha256Digest(field, value);
}

const URI = /^[a-z][a-z0-9+.-]*:\/\/?\S+$/i;
export function uri(field: string, value: string | undefined | null): string {
  const v = requiredText(field, value, LIMITS.uri);
  if (!URI.test(v)) throw invalid(field, "must be an absolute URI such as s3://bucket/key or https://host/path");
  return v;
}

export function optionalUri(field: string, value: string | undefined | null): string | null | undefined {
  if (value === undefined || value === null || value.trim() === "") return value === undefined ? undefined : null;
  return uri(field, value);
}

export function httpUrl(field: string, value: string | undefined | null): string {
  const v = uri(field, value);
  if (!/^https?:\/\//i.test(v)) throw invalid(field, "must be an http(s) URL");
  return v;
}

export function intInRange(field: string, value: number | undefined | null, min: number, max: number): number | null | undefined {
  if (value === undefined || value === null) return value;
  if (!Number.isInteger(value) || value < min || value > max) throw invalid(field, `must be a whole number from ${min} to ${max}`);
  return value;
}

export function numberInRange(field: string, value: number | undefined | null, min: number, max: number): number | null | undefined {
  if (value === undefined || value === null) return value;
  if (!Number.isFinite(value) || value < min || value > max) throw invalid(field, `must be a number from ${min} to ${max}`);
  return value;
}

const TAG = /^[A-Za-z0-9][A-Za-z0-9._:/=-]*$/;
/** Tags: trimmed, unique, each at most 64 characters, at most 50. */
export function tags(field: string, values: string[] | undefined | null): string[] | undefined {
  if (values === undefined || values === null) return undefined;
  const out = [...new Set(values.map((t) => t.trim()))];
  if (out.length > LIMITS.tags) throw invalid(field, `at most ${LIMITS.tags} tags`);
  for (const t of out) {
    if (!t || t.length > LIMITS.tag || !TAG.test(t)) {
      throw invalid(field, `"${t}" is not a valid tag (letters, digits and . _ : / = -, at most ${LIMITS.tag} characters)`);
    }
  }
  return out;
}

export function stringList(field: string, values: string[] | undefined | null, allowed?: readonly string[], maxItems = 100): string[] | undefined {
  if (values === undefined || values === null) return undefined;
  const out = [...new Set(values.map((v) => v.trim()).filter(Boolean))];
  if (out.length > maxItems) throw invalid(field, `at most ${maxItems} items`);
  for (const v of out) {
    if (v.length > LIMITS.short) throw invalid(field, `items must be at most ${LIMITS.short} characters`);
    if (allowed && !allowed.includes(v)) throw invalid(field, `"${v}" is not one of ${allowed.join(", ")}`);
  }
  return out;
}

export function oneOf<T extends string>(field: string, value: T | undefined | null, allowed: readonly T[]): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (!allowed.includes(value)) throw invalid(field, `must be one of ${allowed.join(", ")}`);
  return value;
}

export function jsonObject(field: string, value: unknown, maxBytes = 64_000): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object" || Array.isArray(value)) throw invalid(field, "must be a JSON object");
  if (JSON.stringify(value).length > maxBytes) throw invalid(field, `must be at most ${maxBytes} bytes of JSON`);
  return value as Record<string, unknown>;
}

export function dateValue(field: string, value: Date | string | undefined | null): Date | null | undefined {
  if (value === undefined || value === null) return value as null | undefined;
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) throw invalid(field, "must be a valid date-time");
  return d;
}

/** Drops undefined keys so a partial update only touches what was given. */
export function defined<T extends Record<string, unknown>>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}
