// The canonical form that audit hashes are computed over: JSON with object keys sorted, dates as ISO
// strings and big integers as strings. The same value read back from either database gives the same text.
import { hash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

/** Normalises a value to plain JSON data (what is stored in before/after). */
export function toAuditJson(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return value.map(toAuditJson);
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v !== undefined) out[k] = toAuditJson(v);
    }
    return out;
  }
  return value;
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.keys(value as object)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(",")}}`;
}

/** What an audit event's hash covers. before, after and context are stored as canonical JSON text. */
export interface HashedFields {
  organizationId: string;
  seq: number;
  actorType: string;
  actorId: string | null;
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  before: string | null;
  after: string | null;
  context: string | null;
  createdAt: Date;
}

/** Quoted object keys, reused: the same few dozen keys recur in every event of a chain. */
const quotedKeys = new Map<string, string>();

function quoteKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = JSON.stringify(key);
    if (quotedKeys.size < 10_000) quotedKeys.set(key, quoted);
  }
  return quoted;
}

/**
 * `canonicalJson(toAuditJson(value))` in one pass, without building the intermediate copy: verifying a
 * long chain hashes every event, so this is on the hot path. Must stay byte-for-byte equal to the two-step
 * form (canonical.test.ts checks both on varied values), or stored chains would stop verifying.
 */
export function canonicalAuditJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "bigint":
      return JSON.stringify(value.toString());
    case "object":
      break;
    default:
      return JSON.stringify(value) ?? "null";
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) {
    let out = "[";
    // (A hole in a sparse array stays empty, as Array.prototype.map leaves it in the two-step form.)
    for (let i = 0; i < value.length; i++) out += (i ? "," : "") + (i in value ? canonicalAuditJson(value[i]) : "");
    return out + "]";
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  for (let i = 1; i < keys.length; i++) {
    if (keys[i - 1]! > keys[i]!) {
      keys.sort();
      break;
    }
  }
  let out = "{";
  for (const key of keys) {
    const v = record[key];
    // toAuditJson leaves out undefined values, and its copy (`out[k] = …`) drops a "__proto__" key.
    if (v === undefined || key === "__proto__") continue;
    out += (out.length > 1 ? "," : "") + quoteKey(key) + ":" + canonicalAuditJson(v);
  }
  return out + "}";
}

/** Marks the hash scheme: the first line of every hashed text. */
export const AUDIT_HASH_SCHEME = "canon.audit.v2";

/** A length-prefixed field: its length in UTF-8 bytes (what any verifier, in any language, counts). */
const payload = (text: string | null): string => (text === null ? "-\n" : `${Buffer.byteLength(text, "utf8")}\n${text}\n`);

/**
 * The text an event's hash covers: the scheme, the scalar fields as one JSON array, then before, after
 * and context as the exact stored text, each prefixed by its length (so no byte can move from one field
 * to another). Nothing is parsed or re-serialised, so verifying a chain is reading and hashing.
 */
export function auditHashInput(event: HashedFields): string {
  const scalars = JSON.stringify([
    event.organizationId,
    event.seq,
    event.actorType,
    event.actorId,
    event.actorUserId,
    event.action,
    event.subjectType,
    event.subjectId,
    event.createdAt.toISOString(),
  ]);
  return `${AUDIT_HASH_SCHEME}\n${scalars}\n${payload(event.before)}${payload(event.after)}${payload(event.context)}`;
}

/** sha256(auditHashInput(event) ‖ prevHash), hex. Throws on an invalid createdAt. */
export function auditHash(event: HashedFields, prevHash: string): string {
  return hash("sha256", auditHashInput(event) + prevHash, "hex");
}
