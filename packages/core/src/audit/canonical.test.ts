import assert from "node:assert/strict";
import { test } from "node:test";
import { auditHash, canonicalJson, GENESIS_HASH, toAuditJson } from "./canonical";

test("canonical JSON sorts keys at every level and is stable", () => {
  assert.equal(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } }), '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
});

test("dates and big integers are normalised before hashing", () => {
  assert.deepEqual(toAuditJson({ at: new Date("2026-01-02T03:04:05.006Z"), size: 12n, gone: undefined }), { at: "2026-01-02T03:04:05.006Z", size: "12" });
});

test("the hash covers every field and the previous hash", () => {
  const event = { organizationId: "o", seq: 1, actorType: "USER", actorId: "u", action: "x.create", subjectType: "X", subjectId: "1", before: null, after: { a: 1 }, createdAt: new Date(0) };
  const h = auditHash(event, GENESIS_HASH);
  assert.match(h, /^[0-9a-f]{64}$/);
  assert.equal(auditHash({ ...event, after: { a: 1 } }, GENESIS_HASH), h, "same content, same hash");
  assert.notEqual(auditHash({ ...event, after: { a: 2 } }, GENESIS_HASH), h);
  assert.notEqual(auditHash({ ...event, seq: 2 }, GENESIS_HASH), h);
  assert.notEqual(auditHash(event, "1".repeat(64)), h);
});
