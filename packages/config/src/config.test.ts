import assert from "node:assert/strict";
import { test } from "node:test";
import { ConfigError, loadConfig, parseDatabaseUrl } from "./index";

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
