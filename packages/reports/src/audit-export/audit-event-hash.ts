// The audit chain's hash, recomputed the way core writes it (packages/core/src/audit/canonical.ts,
// scheme "canon.audit.v2"): reports may not import core, so this is a second implementation of the same
// few lines, and audit-event-hash.test.ts checks it against core's own on varied events. The hashed text
// is the scheme, the scalar fields as one JSON array, then before, after and context as the exact stored
// text, each prefixed by its length in UTF-8 bytes ("-" for null); the hash is
// sha256(text ‖ prevHash) in hex.
import { createHash } from "node:crypto";

export const AUDIT_HASH_SCHEME = "canon.audit.v2";
export const GENESIS_HASH = "0".repeat(64);

/** The fields an audit event's hash covers, createdAt as its ISO 8601 text (what Date#toISOString gives). */
export interface HashedAuditFields {
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
  createdAt: string;
}

const payload = (text: string | null) => (text === null ? "-\n" : `${Buffer.byteLength(text, "utf8")}\n${text}\n`);

export function auditEventHashInput(event: HashedAuditFields): string {
  const scalars = JSON.stringify([
    event.organizationId,
    event.seq,
    event.actorType,
    event.actorId,
    event.actorUserId,
    event.action,
    event.subjectType,
    event.subjectId,
    event.createdAt,
  ]);
  return `${AUDIT_HASH_SCHEME}\n${scalars}\n${payload(event.before)}${payload(event.after)}${payload(event.context)}`;
}

export function auditEventHash(event: HashedAuditFields, prevHash: string): string {
  return createHash("sha256")
    .update(auditEventHashInput(event) + prevHash, "utf8")
    .digest("hex");
}
