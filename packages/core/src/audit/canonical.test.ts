import assert from "node:assert/strict";
import { test } from "node:test";
import { createHash } from "node:crypto";
import {
  AUDIT_HASH_SCHEME,
  auditHash,
  auditHashInput,
  canonicalAuditJson,
  canonicalAuditJsonSha256,
  canonicalJson,
  GENESIS_HASH,
  toAuditJson,
  type HashedFields,
} from "./canonical";

const event: HashedFields = {
  organizationId: "org",
  seq: 7,
  actorType: "TOKEN",
  actorId: "tok",
  actorUserId: "user",
  action: "alias.move",
  subjectType: "Alias",
  subjectId: "al",
  before: '{"a":1}',
  after: '{"a":2}',
  context: '{"reason":"r"}',
  createdAt: new Date("2026-05-06T07:08:09.010Z"),
};
const h = auditHash(event, GENESIS_HASH);

test("canonical JSON sorts keys at every level and is stable", () => {
  assert.equal(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } }), '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
});

test("dates and big integers are normalised before hashing", () => {
  assert.deepEqual(toAuditJson({ at: new Date("2026-01-02T03:04:05.006Z"), size: 12n, gone: undefined }), { at: "2026-01-02T03:04:05.006Z", size: "12" });
});

test("the hash is sha256 of the v2 text and the previous hash", () => {
  assert.match(h, /^[0-9a-f]{64}$/);
  const text = `${AUDIT_HASH_SCHEME}\n["org",7,"TOKEN","tok","user","alias.move","Alias","al","2026-05-06T07:08:09.010Z"]\n7\n{"a":1}\n7\n{"a":2}\n14\n{"reason":"r"}\n`;
  assert.equal(auditHashInput(event), text);
  assert.equal(h, createHash("sha256").update(text).update(GENESIS_HASH).digest("hex"));
  assert.equal(auditHash({ ...event }, GENESIS_HASH), h, "same content, same hash");
  assert.notEqual(auditHash(event, "1".repeat(64)), h, "the previous hash is covered");
});

test("payload lengths count UTF-8 bytes, so a verifier in any language counts the same", () => {
  const text = auditHashInput({ ...event, before: '{"n":"Zoë 東京"}', after: null, context: null });
  assert.ok(text.includes(`\n19\n{"n":"Zoë 東京"}\n-\n-\n`), text);
});

test("every scalar field is covered: changing any one changes the hash", () => {
  const changed: Partial<HashedFields>[] = [
    { organizationId: "org2" },
    { seq: 8 },
    { actorType: "USER" },
    { actorId: null },
    { actorId: "tok2" },
    { actorUserId: null },
    { actorUserId: "user2" },
    { action: "alias.create" },
    { subjectType: "Model" },
    { subjectId: null },
    { subjectId: "al2" },
    { createdAt: new Date(event.createdAt.getTime() + 1) },
  ];
  const scalars = Object.keys(event).filter((k) => !["before", "after", "context"].includes(k));
  assert.deepEqual(new Set(changed.flatMap(Object.keys)), new Set(scalars), "the list above names every scalar of HashedFields");
  for (const change of changed) assert.notEqual(auditHash({ ...event, ...change }, GENESIS_HASH), h, JSON.stringify(change));
  // A scalar's text moved into its neighbour is a different array, not the same characters.
  assert.notEqual(auditHash({ ...event, actorId: "tokuser", actorUserId: "" }, GENESIS_HASH), h);
  assert.notEqual(auditHash({ ...event, seq: "7" as unknown as number }, GENESIS_HASH), h, "a number is not its text");
});

test("before, after and context: any change, and any byte moved from one to another, changes the hash", () => {
  const variants: Partial<HashedFields>[] = [
    { before: null },
    { after: null },
    { context: null },
    { before: "" },
    { context: "" },
    { before: '{"a":1} ' },
    { after: '{"a":3}' },
    // The same characters, split differently between neighbouring fields.
    { before: '{"a":1}{"a":2}', after: "" },
    { before: "", after: '{"a":1}{"a":2}' },
    { before: '{"a":1}{', after: '"a":2}' },
    { after: '{"a":2}{"reason":"r"}', context: null },
    { after: '{"a":2}{"reason":"r"}', context: "" },
    // Fields swapped.
    { before: '{"a":2}', after: '{"a":1}' },
    { after: '{"reason":"r"}', context: '{"a":2}' },
    // Text that imitates the framing of the next field.
    { before: '{"a":1}\n7\n{"a":2}', after: null },
  ];
  const seen = new Set([h]);
  for (const v of variants) {
    const other = auditHash({ ...event, ...v }, GENESIS_HASH);
    assert.ok(!seen.has(other), `a collision for ${JSON.stringify(v)}`);
    seen.add(other);
  }
  // null and empty text are different values.
  assert.notEqual(auditHash({ ...event, context: null }, GENESIS_HASH), auditHash({ ...event, context: "" }, GENESIS_HASH));
});

test("the stored text is hashed as it is: equivalent JSON written differently is a different event", () => {
  assert.notEqual(auditHash({ ...event, after: '{ "a": 2 }' }, GENESIS_HASH), h);
  assert.notEqual(auditHash({ ...event, after: '{"a":2.0}' }, GENESIS_HASH), h);
});

test("an invalid createdAt throws (the verifier reports it as a broken event)", () => {
  assert.throws(() => auditHash({ ...event, createdAt: new Date("garbage") }, GENESIS_HASH), RangeError);
});

test("the one-pass canonical form equals canonicalJson(toAuditJson(value))", () => {
  const nested = JSON.parse('{"__proto__":{"x":1},"z":[1,{"b":2,"a":[]}],"é":"ü","a":{"":0,"10":1,"9":2}}');
  const values: unknown[] = [
    null,
    undefined,
    0,
    -0,
    -1.5e-7,
    1e21,
    Number.NaN,
    Infinity,
    true,
    false,
    "",
    'quote " and \\ and \n and \u2028',
    "lone \ud800 surrogate",
    "emoji 🎉",
    12n,
    -(2n ** 70n),
    new Date("2026-01-02T03:04:05.006Z"),
    [],
    [1, undefined, null, [2, [3]]],
    [1, , 3],
    {},
    nested,
    { b: undefined, a: { d: new Date(0), c: 5n, list: [{ y: 1, x: [undefined] }] }, Z: "upper", "a b": null },
    { toJSON: "not a function", nested: { deeper: { deepest: [{}, [], ""] } } },
  ];
  for (const v of values) assert.equal(canonicalAuditJson(v), canonicalJson(toAuditJson(v)), `for ${String(v)}`);
  // Stored text round-trips: parse(text) re-canonicalised is the same text. (Not for a sparse array: both
  // forms write a hole as nothing, which is not JSON; records read from the database never have holes.)
  for (const v of values.filter((x) => !(Array.isArray(x) && x.length !== Object.keys(x).length))) {
    const text = canonicalAuditJson(v);
    assert.equal(canonicalAuditJson(JSON.parse(text)), text, `round trip of ${text}`);
  }
});

test("property: the one-pass form equals the two-step form on generated values", () => {
  // fast-check is not a dependency of the workspace; a seeded generator gives the same breadth, repeatably.
  let state = 0x9e3779b9;
  const rand = (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
  const keys = ["a", "b", "B", "é", "", "10", "9", "__proto__", "a b", "z\u2028", "🎉"];
  const scalar = (): unknown =>
    [null, undefined, rand(1000) - 500, rand(1e6) / 7, true, false, `s${rand(50)}"\\\n`, BigInt(rand(1e9)) * 1000n, new Date(rand(2e12)), "\ud83c"][rand(10)];
  const value = (depth: number): unknown => {
    if (depth === 0 || rand(3) === 0) return scalar();
    if (rand(2) === 0) return Array.from({ length: rand(5) }, () => value(depth - 1));
    const out: Record<string, unknown> = {};
    // Own properties, as JSON.parse makes them (plain assignment to "__proto__" would set the prototype).
    for (let i = rand(6); i > 0; i--)
      Object.defineProperty(out, keys[rand(keys.length)]!, { value: value(depth - 1), enumerable: true, writable: true, configurable: true });
    return out;
  };
  for (let i = 0; i < 2_000; i++) {
    const v = value(5);
    assert.equal(canonicalAuditJson(v), canonicalJson(toAuditJson(v)));
    if (i % 100 === 0)
      assert.equal(
        canonicalAuditJsonSha256(v),
        createHash("sha256")
          .update(canonicalJson(toAuditJson(v)))
          .digest("hex"),
      );
  }
});

test("the streamed digest of a value larger than its hashing slices equals the digest of its whole text", () => {
  const big = {
    rows: Array.from({ length: 5_000 }, (_, i) => ({ id: i, name: `Łódź 東京 row ${i}`, at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)), n: BigInt(i) })),
  };
  const whole = canonicalJson(toAuditJson(big));
  assert.ok(whole.length > 3 * 65_536);
  assert.equal(canonicalAuditJsonSha256(big), createHash("sha256").update(whole).digest("hex"));
});
