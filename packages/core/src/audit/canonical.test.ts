import assert from "node:assert/strict";
import { test } from "node:test";
import { createHash } from "node:crypto";
import { auditHash, canonicalAuditJson, canonicalJson, GENESIS_HASH, toAuditJson } from "./canonical";

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

test("the one-pass canonical form equals canonicalJson(toAuditJson(value)) and the hash is unchanged", () => {
  const nested = JSON.parse('{"__proto__":{"x":1},"z":[1,{"b":2,"a":[]}],"é":"ü","a":{"":0,"10":1,"9":2}}');
  const values: unknown[] = [
    null, undefined, 0, -1.5e-7, 1e21, Number.NaN, true, false, "", "quote \" and \\ and \n and \u2028", 12n,
    new Date("2026-01-02T03:04:05.006Z"), [], [1, undefined, null, [2, [3]]], [1, , 3], {}, nested,
    { b: undefined, a: { d: new Date(0), c: 5n, list: [{ y: 1, x: [undefined] }] }, "Z": "upper", "a b": null },
  ];
  for (const v of values) assert.equal(canonicalAuditJson(v), canonicalJson(toAuditJson(v)), `for ${String(v)}`);
  const event = {
    organizationId: "org", seq: 42, actorType: "TOKEN", actorId: null, action: "alias.move", subjectType: "Alias", subjectId: null,
    before: values, after: nested, createdAt: new Date("2026-05-06T07:08:09.010Z"),
  };
  const twoStep = canonicalJson({
    organizationId: event.organizationId, seq: event.seq, actorType: event.actorType, actorId: event.actorId, action: event.action,
    subjectType: event.subjectType, subjectId: event.subjectId, before: toAuditJson(event.before), after: toAuditJson(event.after),
    createdAt: event.createdAt.toISOString(),
  });
  assert.equal(auditHash(event, GENESIS_HASH), createHash("sha256").update(twoStep).update(GENESIS_HASH).digest("hex"));
});
