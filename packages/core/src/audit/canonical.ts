// The canonical form that audit hashes are computed over: JSON with object keys sorted, dates as ISO
// strings and big integers as strings. The same value read back from either database gives the same text.
import { createHash, hash } from "node:crypto";

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
 * `canonicalJson(toAuditJson(value))` in one pass, without building the intermediate copy, handed to
 * `write` piece by piece in order: a large value (a report model) can be hashed without ever holding its
 * text. Must stay byte-for-byte equal to the two-step form (canonical.test.ts checks both on varied
 * values), or stored chains would stop verifying and report digests would change.
 */
export function writeCanonicalAuditJson(value: unknown, write: (piece: string) => void): void {
  if (value === null || value === undefined) return write("null");
  switch (typeof value) {
    case "string":
      return write(JSON.stringify(value));
    case "bigint":
      return write(JSON.stringify(value.toString()));
    case "object":
      break;
    default:
      return write(JSON.stringify(value) ?? "null");
  }
  if (value instanceof Date) return write(JSON.stringify(value.toISOString()));
  if (Array.isArray(value)) {
    write("[");
    // (A hole in a sparse array stays empty, as Array.prototype.map leaves it in the two-step form.)
    for (let i = 0; i < value.length; i++) {
      if (i) write(",");
      if (i in value) writeCanonicalAuditJson(value[i], write);
    }
    return write("]");
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  for (let i = 1; i < keys.length; i++) {
    if (keys[i - 1]! > keys[i]!) {
      keys.sort();
      break;
    }
  }
  write("{");
  let first = true;
  for (const key of keys) {
    const v = record[key];
    // toAuditJson leaves out undefined values, and its copy (`out[k] = …`) drops a "__proto__" key.
    if (v === undefined || key === "__proto__") continue;
    write(first ? quoteKey(key) + ":" : "," + quoteKey(key) + ":");
    first = false;
    writeCanonicalAuditJson(v, write);
  }
  write("}");
}

/** `canonicalJson(toAuditJson(value))` as one text (what before, after and context store). */
export function canonicalAuditJson(value: unknown): string {
  let out = "";
  writeCanonicalAuditJson(value, (piece) => {
    out += piece;
  });
  return out;
}

/** The sha256 (hex) of `canonicalJson(toAuditJson(value))`, hashed in slices of about 64 KiB as it is written. */
export function canonicalAuditJsonSha256(value: unknown): string {
  const hash = createHash("sha256");
  let pending = "";
  writeCanonicalAuditJson(value, (piece) => {
    pending += piece;
    if (pending.length >= 65_536) {
      hash.update(pending);
      pending = "";
    }
  });
  return hash.update(pending).digest("hex");
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
