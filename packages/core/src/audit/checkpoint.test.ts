import assert from "node:assert/strict";
import { test } from "node:test";
import { generateKeyPairSync } from "node:crypto";
import { CanonError } from "../shared/errors";
import {
  AUDIT_CHECKPOINT_SCHEME,
  checkpointSignatureValid,
  checkpointSignedText,
  keyFingerprint,
  parseCheckpoint,
  publicKeyOf,
  signCheckpoint,
  spkiBase64,
} from "./checkpoint";

const pair = generateKeyPairSync("ed25519");
const privateKeyPem = pair.privateKey.export({ format: "pem", type: "pkcs8" }).toString();
const fields = {
  scheme: AUDIT_CHECKPOINT_SCHEME,
  organizationId: "org",
  organizationSlug: "acme",
  seq: 42,
  hash: "a".repeat(64),
  createdAt: "2026-12-02T03:04:05.678Z",
  publicKey: spkiBase64(pair.publicKey),
} as const;
const checkpoint = signCheckpoint(fields, privateKeyPem);

test("the signed text is the canonical JSON of every field but the signature", () => {
  assert.equal(
    checkpointSignedText(checkpoint),
    `{"createdAt":"2026-12-02T03:04:05.678Z","hash":"${"a".repeat(64)}","organizationId":"org","organizationSlug":"acme","publicKey":"${fields.publicKey}","scheme":"${AUDIT_CHECKPOINT_SCHEME}","seq":42}`,
  );
});

test("a checkpoint verifies with its signer's key, and survives a JSON round trip", () => {
  assert.equal(checkpointSignatureValid(checkpoint, pair.publicKey), true);
  const again = parseCheckpoint(JSON.parse(JSON.stringify(checkpoint, null, 2)));
  assert.equal(checkpointSignatureValid(again, publicKeyOf("k", pair.publicKey.export({ format: "pem", type: "spki" }).toString())), true);
});

test("any changed field, or another key, fails the signature", () => {
  for (const change of [
    { seq: 41 },
    { seq: 43 },
    { hash: "b".repeat(64) },
    { organizationId: "other" },
    { organizationSlug: "x" },
    { createdAt: "2026-12-02T03:04:05.679Z" },
  ]) {
    assert.equal(checkpointSignatureValid({ ...checkpoint, ...change }, pair.publicKey), false, JSON.stringify(change));
  }
  const other = generateKeyPairSync("ed25519");
  assert.equal(checkpointSignatureValid(checkpoint, other.publicKey), false);
  // Re-signed with another key and carrying that key: still not the trusted key's signature.
  const forged = signCheckpoint(
    { ...fields, seq: 41, publicKey: spkiBase64(other.publicKey) },
    other.privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
  );
  assert.equal(checkpointSignatureValid(forged, pair.publicKey), false);
  assert.equal(checkpointSignatureValid({ ...checkpoint, signature: "AAAA" }, pair.publicKey), false);
});

test("malformed documents are VALIDATION errors naming the field", () => {
  const field = (input: unknown) => {
    try {
      parseCheckpoint(input);
    } catch (error) {
      assert.ok(error instanceof CanonError && error.code === "VALIDATION");
      return error.field;
    }
    return "no error";
  };
  assert.equal(field(null), "checkpoint");
  assert.equal(field([]), "checkpoint");
  assert.equal(field({ ...checkpoint, extra: 1 }), "checkpoint.extra");
  assert.equal(field({ ...checkpoint, scheme: "v0" }), "checkpoint.scheme");
  assert.equal(field({ ...checkpoint, seq: "42" }), "checkpoint.seq");
  assert.equal(field({ ...checkpoint, seq: -1 }), "checkpoint.seq");
  assert.equal(field({ ...checkpoint, seq: 1.5 }), "checkpoint.seq");
  assert.equal(field({ ...checkpoint, hash: "xyz" }), "checkpoint.hash");
  assert.equal(field({ ...checkpoint, createdAt: "yesterday" }), "checkpoint.createdAt");
  assert.equal(field({ ...checkpoint, signature: undefined }), "checkpoint.signature");
  assert.equal(field(checkpoint), "no error");
});

test("public keys: PEM or base64 SPKI, Ed25519 only; fingerprints are stable", () => {
  assert.equal(spkiBase64(publicKeyOf("k", fields.publicKey)), fields.publicKey);
  assert.match(keyFingerprint(pair.publicKey), /^SHA256:[0-9a-f]{16}$/);
  assert.equal(keyFingerprint(publicKeyOf("k", fields.publicKey)), keyFingerprint(pair.publicKey));
  const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 });
  assert.throws(() => publicKeyOf("k", rsa.publicKey.export({ format: "pem", type: "spki" }).toString()), /Ed25519/);
  assert.throws(() => publicKeyOf("k", "not a key"), /public key/);
});
