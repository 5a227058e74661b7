// A signed audit checkpoint: the head of an organisation's chain (seq and hash) at an instant, signed
// with the installation's Ed25519 key so that it can be kept outside the database. Someone who can
// rewrite the database can drop the last events and rewind the chain head, and the chain still verifies;
// it no longer matches a checkpoint taken before.
//
// The document is small JSON. The signature covers the canonical text (keys sorted, no spaces) of every
// other field, the signer's public key included; verification trusts a key given by the verifier (the
// configured one by default), never the key the document carries.
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from "node:crypto";
import { invalid } from "../shared/errors";
import { canonicalJson } from "./canonical";

export const AUDIT_CHECKPOINT_SCHEME = "canon.audit-checkpoint.v1";

export interface AuditCheckpoint {
  scheme: typeof AUDIT_CHECKPOINT_SCHEME;
  organizationId: string;
  organizationSlug: string;
  /** The chain head: the seq of the last event (0 for an empty chain) and its hash. */
  seq: number;
  hash: string;
  /** When the checkpoint was taken (ISO 8601, as signed). */
  createdAt: string;
  /** The signer's public key: SPKI DER, base64. */
  publicKey: string;
  /** Ed25519 signature of the canonical text of the other fields, base64. */
  signature: string;
}

export type UnsignedCheckpoint = Omit<AuditCheckpoint, "signature">;

const FIELDS = ["scheme", "organizationId", "organizationSlug", "seq", "hash", "createdAt", "publicKey", "signature"] as const;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

/** The exact text that is signed. */
export function checkpointSignedText(fields: UnsignedCheckpoint): string {
  const { scheme, organizationId, organizationSlug, seq, hash, createdAt, publicKey } = fields;
  return canonicalJson({ scheme, organizationId, organizationSlug, seq, hash, createdAt, publicKey });
}

export function signCheckpoint(fields: UnsignedCheckpoint, privateKeyPem: string): AuditCheckpoint {
  const signature = sign(null, Buffer.from(checkpointSignedText(fields)), createPrivateKey(privateKeyPem)).toString("base64");
  return { ...fields, signature };
}

/** A public key given as SPKI PEM or as base64 SPKI DER; VALIDATION error otherwise. */
export function publicKeyOf(field: string, key: string): KeyObject {
  const text = key.trim();
  let object: KeyObject;
  try {
    object = text.startsWith("-----BEGIN") ? createPublicKey(text) : createPublicKey({ key: Buffer.from(text, "base64"), format: "der", type: "spki" });
  } catch {
    throw invalid(field, "must be a public key: SPKI PEM, or SPKI DER in base64");
  }
  if (object.asymmetricKeyType !== "ed25519") throw invalid(field, `must be an Ed25519 key, not ${object.asymmetricKeyType}`);
  return object;
}

/** SPKI DER, base64: the form checkpoints carry and compare. */
export const spkiBase64 = (key: KeyObject) => key.export({ format: "der", type: "spki" }).toString("base64");

/** A short name for a key, to print: "SHA256:" and the first 16 hex digits of the SPKI DER's sha256. */
export const keyFingerprint = (key: KeyObject) =>
  `SHA256:${createHash("sha256")
    .update(key.export({ format: "der", type: "spki" }))
    .digest("hex")
    .slice(0, 16)}`;

/** True when `signature` was made by `trusted` over this checkpoint's fields. */
export function checkpointSignatureValid(checkpoint: AuditCheckpoint, trusted: KeyObject): boolean {
  try {
    return verify(null, Buffer.from(checkpointSignedText(checkpoint)), trusted, Buffer.from(checkpoint.signature, "base64"));
  } catch {
    return false;
  }
}

/** Checks the document's shape (every field, nothing else); VALIDATION error naming the first bad field. */
export function parseCheckpoint(input: unknown): AuditCheckpoint {
  if (typeof input !== "object" || input === null || Array.isArray(input)) throw invalid("checkpoint", "must be a checkpoint object");
  const doc = input as Record<string, unknown>;
  const extra = Object.keys(doc).find((k) => !(FIELDS as readonly string[]).includes(k));
  if (extra) throw invalid(`checkpoint.${extra}`, "is not a field of a checkpoint (it would not be signed)");
  const text = (field: (typeof FIELDS)[number], pattern?: RegExp) => {
    const value = doc[field];
    if (typeof value !== "string" || value === "" || (pattern && !pattern.test(value))) throw invalid(`checkpoint.${field}`, "is missing or malformed");
    return value;
  };
  if (doc.scheme !== AUDIT_CHECKPOINT_SCHEME) throw invalid("checkpoint.scheme", `must be "${AUDIT_CHECKPOINT_SCHEME}"`);
  const seq = doc.seq;
  if (typeof seq !== "number" || !Number.isSafeInteger(seq) || seq < 0) throw invalid("checkpoint.seq", "must be a whole number, 0 or more");
  const createdAt = text("createdAt", ISO_INSTANT);
  if (Number.isNaN(Date.parse(createdAt))) throw invalid("checkpoint.createdAt", "is not a valid instant");
  return {
    scheme: AUDIT_CHECKPOINT_SCHEME,
    organizationId: text("organizationId"),
    organizationSlug: text("organizationSlug"),
    seq,
    hash: text("hash", /^[0-9a-f]{64}$/),
    createdAt,
    publicKey: text("publicKey", BASE64),
    signature: text("signature", BASE64),
  };
}
