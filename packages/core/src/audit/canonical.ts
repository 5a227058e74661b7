// The canonical form that audit hashes are computed over: JSON with object keys sorted, dates as ISO
// strings and big integers as strings. The same value read back from either database gives the same text.
import { createHash } from "node:crypto";

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

export interface HashedFields {
  organizationId: string;
  seq: number;
  actorType: string;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  before: unknown;
  after: unknown;
  createdAt: Date;
}

export function auditHash(event: HashedFields, prevHash: string): string {
  const canonical = canonicalJson({
    organizationId: event.organizationId,
    seq: event.seq,
    actorType: event.actorType,
    actorId: event.actorId,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    before: toAuditJson(event.before),
    after: toAuditJson(event.after),
    createdAt: event.createdAt.toISOString(),
  });
  return createHash("sha256").update(canonical).update(prevHash).digest("hex");
}
