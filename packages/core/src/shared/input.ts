// The building blocks of every use case's input schema (zod). Each refusal names its field (the path is
// added by input-errors.ts) and happens before anything is read or written.
//
// Text is valid Unicode (no lone surrogates), without NUL or control characters other than tab, line
// feed and carriage return. JSON values have a depth and size limit. URLs have an allowed scheme list.
// Dates fall in a sane range. Optional fields follow one convention: undefined = leave unchanged,
// null (or blank text) = clear.
import { z } from "zod";

export const LIMITS = { name: 200, text: 20_000, uri: 2_048, tag: 64, tags: 50, short: 200, listItems: 100 } as const;
export const INT_MAX = 2_147_483_647;

z.config({
  customError: (issue) => {
    if (issue.code === "invalid_type") {
      if (issue.input === undefined || issue.input === null) return "is required";
      return `must be ${issue.expected === "array" ? "a list" : issue.expected === "object" ? "an object" : `a ${issue.expected}`}`;
    }
    if (issue.code === "invalid_value") return `must be one of ${issue.values.map(String).join(", ")}`;
    if (issue.code === "unrecognized_keys") return `is not a known field (${issue.keys.join(", ")})`;
    return undefined;
  },
});

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Safe text: well-formed Unicode, no control characters except tab and line breaks. */
export function safeText(max: number) {
  return z
    .string()
    .refine((v) => !LONE_SURROGATE.test(v), "must be valid Unicode text")
    .refine((v) => !CONTROL.test(v), "must not contain control characters")
    .refine((v) => v.length <= max, `must be at most ${max} characters`);
}

/** Required text, trimmed, not blank. */
export function requiredText(max: number = LIMITS.name) {
  return z
    .string()
    .transform((v) => v.trim())
    .pipe(safeText(max).refine((v) => v.length > 0, "is required"));
}

/** Optional text, trimmed: undefined = unchanged, null or blank = cleared (null). */
export function optionalText(max: number = LIMITS.text) {
  return z
    .string()
    .nullish()
    .transform((v) => (v === undefined ? undefined : v === null ? null : v.trim() || null))
    .pipe(safeText(max).nullish());
}

const SLUG = /^[a-z0-9][a-z0-9._-]*$/;
/** A lower-case identifier (aliases, slugs). */
export function identifier(max = 100) {
  return requiredText(max).pipe(z.string().regex(SLUG, "may contain lower-case letters, digits, '.', '_' and '-', starting with a letter or digit"));
}

const SHA256 = /^(sha256:)?[0-9a-f]{64}$/;
/** A sha256 digest as 64 lower-case hex characters, optionally prefixed "sha256:"; stored without the prefix. */
export const sha256Digest = z
  .string()
  .transform((v) => v.trim().toLowerCase())
  .refine((v) => SHA256.test(v), "must be a sha256 digest: 64 hexadecimal characters")
  .transform((v) => v.replace(/^sha256:/, ""));

export const optionalSha256 = z
  .string()
  .nullish()
  .transform((v) => (v === undefined ? undefined : v === null || v.trim() === "" ? null : v))
  .pipe(sha256Digest.nullish());

/** Schemes an artifact may live under. */
export const ARTIFACT_SCHEMES = [
  "s3",
  "gs",
  "gcs",
  "az",
  "abfs",
  "abfss",
  "wasbs",
  "hdfs",
  "https",
  "http",
  "file",
  "dbfs",
  "models",
  "runs",
  "hf",
  "oci",
  "mlflow-artifacts",
  "provider",
] as const;
/** Schemes a link for people (run pages, documents, model cards) may use. */
export const WEB_SCHEMES = ["https", "http"] as const;

function urlWithScheme(schemes: readonly string[], example: string) {
  return requiredText(LIMITS.uri).superRefine((v, ctx) => {
    const m = /^([a-z][a-z0-9+.-]*):\/\/?(\S+)$/i.exec(v);
    if (!m) {
      ctx.addIssue({ code: "custom", message: `must be an absolute URI such as ${example}` });
      return;
    }
    const scheme = m[1]!.toLowerCase();
    if (!schemes.includes(scheme)) {
      ctx.addIssue({ code: "custom", message: `must use one of the schemes ${schemes.join(", ")}` });
      return;
    }
    if (scheme === "http" || scheme === "https") {
      let host = "";
      try {
        host = new URL(v).hostname;
      } catch {
        host = "";
      }
      if (!host) ctx.addIssue({ code: "custom", message: "must name a host" });
    }
  });
}

/** An artifact location: object stores, registries, http(s). */
export const artifactUri = urlWithScheme(ARTIFACT_SCHEMES, "s3://bucket/key or https://host/path");
/** A web link: http(s) with a host. */
export const httpUrl = urlWithScheme(WEB_SCHEMES, "https://host/path");

/** Optional variant of a required-text-based schema: undefined = unchanged, null or blank = cleared. */
export function optional<S extends z.ZodType<string, string>>(schema: S) {
  return z
    .string()
    .nullish()
    .transform((v) => (v === undefined ? undefined : v === null || v.trim() === "" ? null : v))
    .pipe(schema.nullish());
}

export function intInRange(min: number, max: number) {
  return z.number().refine((v) => Number.isInteger(v) && v >= min && v <= max, `must be a whole number from ${min} to ${max}`);
}

export function numberInRange(min: number, max: number) {
  return z.number().refine((v) => Number.isFinite(v) && v >= min && v <= max, `must be a number from ${min} to ${max}`);
}

const TAG = /^[A-Za-z0-9][A-Za-z0-9._:/=-]*$/;
/** Tags: trimmed, unique, each at most 64 characters, at most 50. */
export const tags = z
  .array(z.string())
  .transform((values) => [...new Set(values.map((t) => t.trim()))])
  .superRefine((values, ctx) => {
    if (values.length > LIMITS.tags) ctx.addIssue({ code: "custom", message: `at most ${LIMITS.tags} tags` });
    for (const t of values) {
      if (!t || t.length > LIMITS.tag || !TAG.test(t)) {
        ctx.addIssue({ code: "custom", message: `"${t.slice(0, 80)}" is not a valid tag (letters, digits and . _ : / = -, at most ${LIMITS.tag} characters)` });
        return;
      }
    }
  });

/** A list of short strings: trimmed, blanks dropped, unique; optionally from a fixed set. */
export function stringList(allowed?: readonly string[], maxItems: number = LIMITS.listItems) {
  return z
    .array(safeText(LIMITS.short * 4))
    .transform((values) => [...new Set(values.map((v) => v.trim()).filter(Boolean))])
    .superRefine((values, ctx) => {
      if (values.length > maxItems) ctx.addIssue({ code: "custom", message: `at most ${maxItems} items` });
      for (const v of values) {
        if (v.length > LIMITS.short) return ctx.addIssue({ code: "custom", message: `items must be at most ${LIMITS.short} characters` });
        if (allowed && !allowed.includes(v)) return ctx.addIssue({ code: "custom", message: `"${v}" is not one of ${allowed.join(", ")}` });
      }
    });
}

export const JSON_LIMITS = { bytes: 64_000, depth: 20 } as const;

function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    deepest = Math.max(deepest, d);
    if (deepest > limit) return deepest;
    for (const child of Object.values(v as object)) stack.push([child, d + 1]);
  }
  return deepest;
}

function hasUnsafeText(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === "string") {
      if (LONE_SURROGATE.test(v) || v.includes("\u0000")) return true;
    } else if (v && typeof v === "object") {
      for (const [k, child] of Object.entries(v)) {
        if (LONE_SURROGATE.test(k) || k.includes("\u0000")) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

/** A JSON object with a size and depth limit, and text that every store can hold. */
export function jsonObject(maxBytes: number = JSON_LIMITS.bytes, maxDepth: number = JSON_LIMITS.depth) {
  return z
    .unknown()
    .superRefine((v, ctx) => {
      if (typeof v !== "object" || v === null || Array.isArray(v)) return ctx.addIssue({ code: "custom", message: "must be a JSON object" });
      if (depthOf(v, maxDepth) > maxDepth) return ctx.addIssue({ code: "custom", message: `must be nested at most ${maxDepth} levels deep` });
      if (Buffer.byteLength(JSON.stringify(v), "utf8") > maxBytes)
        return ctx.addIssue({ code: "custom", message: `must be at most ${maxBytes} bytes of JSON` });
      if (hasUnsafeText(v)) ctx.addIssue({ code: "custom", message: "must hold valid Unicode text without NUL characters" });
    })
    .transform((v) => v as Record<string, unknown>);
}

export const DATE_RANGE = { min: new Date("1900-01-01T00:00:00Z"), max: new Date("2200-01-01T00:00:00Z") } as const;

/** A date-time (a Date or an ISO 8601 string) between 1900 and 2200. */
export const dateTime = z
  .union([z.date(), z.string()])
  .transform((v) => (v instanceof Date ? v : new Date(v)))
  .refine((d) => !Number.isNaN(d.getTime()), "must be a valid date-time")
  .refine((d) => d >= DATE_RANGE.min && d < DATE_RANGE.max, "must be between 1900 and 2200");

/** An id of a record (opaque); blank is refused. */
export const id = requiredText(100);

/** Optional reference: undefined = unchanged, null or "" = cleared. */
export const optionalId = z
  .string()
  .nullish()
  .transform((v) => (v === undefined ? undefined : v || null))
  .pipe(safeText(100).nullish());

/** Drops undefined keys so a partial update only touches what was given. */
export function defined<T extends Record<string, unknown>>(obj: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/** An optional enum value: undefined or null = leave unchanged. */
export function optionalEnum<E extends Record<string, string>>(values: E) {
  return z
    .enum(values)
    .nullish()
    .transform((v) => v ?? undefined);
}
