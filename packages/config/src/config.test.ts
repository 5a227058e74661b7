import assert from "node:assert/strict";
import { test } from "node:test";
import { ConfigError, DEVELOPMENT_AUDIT_SIGNING_SEED, loadConfig, parseDatabaseUrl } from "./index";

test("DATABASE_URL picks the store; relative SQLite paths become absolute", () => {
  assert.deepEqual(parseDatabaseUrl("file:./data/x.db", "/srv/canon"), { url: "file:/srv/canon/data/x.db", provider: "sqlite" });
  assert.equal(parseDatabaseUrl("postgresql://u@h/db").provider, "postgresql");
  assert.equal(parseDatabaseUrl("postgres://u@h/db").provider, "postgresql");
  assert.throws(() => parseDatabaseUrl("mysql://u@h/db"), ConfigError);
});

test("defaults are the embedded SQLite store with introspection on outside production", () => {
  const c = loadConfig({});
  assert.equal(c.databaseProvider, "sqlite");
  assert.equal(c.api.introspection, true);
  assert.equal(c.maxPageSize, 100);
});

test("production turns introspection, suggestions and the explorer off and requires a secret", () => {
  assert.throws(() => loadConfig({ NODE_ENV: "production" }), /NEXTAUTH_SECRET/);
  const c = loadConfig({ NODE_ENV: "production", NEXTAUTH_SECRET: "s" });
  assert.equal(c.api.introspection, false);
  assert.equal(c.api.fieldSuggestions, false);
  assert.equal(c.api.explorer, false);
  assert.throws(() => loadConfig({ NODE_ENV: "production", NEXTAUTH_SECRET: "s", CANON_DEMO: "1" }), /CANON_DEMO/);
});

test("invalid values are refused with the variable named", () => {
  assert.throws(() => loadConfig({ PORT: "http" }), /PORT/);
  assert.throws(() => loadConfig({ CANON_MAX_PAGE_SIZE: "0" }), /CANON_MAX_PAGE_SIZE/);
  assert.throws(() => loadConfig({ CANON_INTROSPECTION: "maybe" }), /CANON_INTROSPECTION/);
});

test("the audit signing key: a base64 32-byte seed; a labelled development key outside production", async () => {
  const { generateKeyPairSync, sign, verify, createPrivateKey, createPublicKey } = await import("node:crypto");
  const dev = loadConfig({}).auditSigning;
  assert.equal(dev.development, true);
  assert.equal(loadConfig({ NODE_ENV: "test" }).auditSigning.publicKey, dev.publicKey, "the same key on every start");
  assert.match(dev.privateKeyPem, /^-----BEGIN PRIVATE KEY-----/);
  assert.equal(createPublicKey(dev.publicKeyPem).export({ format: "der", type: "spki" }).toString("base64"), dev.publicKey);
  const signature = sign(null, Buffer.from("x"), createPrivateKey(dev.privateKeyPem));
  assert.equal(verify(null, Buffer.from("x"), createPublicKey(dev.publicKeyPem), signature), true);

  // A key made elsewhere: its seed is the last 32 bytes of its PKCS#8 DER.
  const pair = generateKeyPairSync("ed25519");
  const seed = pair.privateKey.export({ format: "der", type: "pkcs8" }).subarray(-32).toString("base64");
  const own = loadConfig({ CANON_AUDIT_SIGNING_KEY: seed }).auditSigning;
  assert.equal(own.development, false);
  assert.equal(own.publicKeyPem, pair.publicKey.export({ format: "pem", type: "spki" }).toString());
  assert.equal(loadConfig({ NODE_ENV: "production", NEXTAUTH_SECRET: "s", CANON_AUDIT_SIGNING_KEY: seed }).auditSigning.publicKey, own.publicKey);

  const production = loadConfig({ NODE_ENV: "production", NEXTAUTH_SECRET: "s" });
  assert.throws(() => production.auditSigning, /CANON_AUDIT_SIGNING_KEY is required/, "required in production (on first use)");
  assert.throws(
    () =>
      loadConfig({ NODE_ENV: "production", NEXTAUTH_SECRET: "s", CANON_AUDIT_SIGNING_KEY: Buffer.from(DEVELOPMENT_AUDIT_SIGNING_SEED).toString("base64") })
        .auditSigning,
    /development key/,
  );
  for (const bad of [
    "short",
    Buffer.alloc(31).toString("base64"),
    Buffer.alloc(33).toString("base64"),
    pair.privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
  ]) {
    assert.throws(() => loadConfig({ CANON_AUDIT_SIGNING_KEY: bad }).auditSigning, ConfigError, bad);
  }
});

test("the portal credential: a development value outside production, none in production unless set, never short", () => {
  assert.match(loadConfig({}).portal.credential ?? "", /development/);
  assert.equal(loadConfig({ NODE_ENV: "production", NEXTAUTH_SECRET: "s" }).portal.credential, null, "the API refuses to start without it");
  const own = "a-portal-credential-of-at-least-32-chars";
  assert.equal(loadConfig({ NODE_ENV: "production", NEXTAUTH_SECRET: "s", CANON_PORTAL_CREDENTIAL: own }).portal.credential, own);
  assert.throws(() => loadConfig({ CANON_PORTAL_CREDENTIAL: "short" }), /at least 32 characters/);
  assert.deepEqual(loadConfig({}).sessions, { ttlMinutes: 480, failuresPerAccount: 10, attemptsPerAddress: 50, windowSeconds: 900 });
});
