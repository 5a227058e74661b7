import assert from "node:assert/strict";
import { test } from "node:test";
import { codes, describeContract } from "../support/contract";

describeContract("protection: limits, CSRF, health and errors", (api) => {
  test("health and readiness endpoints answer", async () => {
    const a = api();
    assert.deepEqual(await (await fetch(`${a.url}/healthz`)).json(), { status: "ok" });
    const ready = (await (await fetch(`${a.url}/readyz`)).json()) as { status: string };
    assert.equal(ready.status, "ready");
  });

  test("page size has a hard maximum", async () => {
    const res = await api().gql(`{ aiSystems(first: 101) { totalCount } }`);
    assert.deepEqual(codes(res), ["VALIDATION"]);
    assert.equal(res.errors![0]!.extensions!.field, "first");
  });

  test("too complex operations are refused before they run", async () => {
    const a = api();
    const complex = await a.gql(`{ ${Array.from({ length: 40 }, (_, i) => `m${i}: members(first: 100) { nodes { id user { id email name } } }`).join(" ")} }`);
    assert.deepEqual(codes(complex), ["GRAPHQL_VALIDATION_FAILED"]);
    assert.match(complex.errors![0]!.message, /too complex/);
  });

  test("request bodies over the limit are refused with 413", async () => {
    const a = api();
    const res = await fetch(`${a.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${a.orgA.tokens.ADMIN}` },
      body: JSON.stringify({ query: `{ viewer { role } }`, variables: { pad: "x".repeat(1_100_000) } }),
    });
    assert.equal(res.status, 413);
  });

  test("CSRF prevention: a simple (non-JSON) request cannot run an operation", async () => {
    const a = api();
    const res = await fetch(`${a.url}/graphql?query=${encodeURIComponent("{ viewer { role } }")}`, {
      headers: { authorization: `Bearer ${a.orgA.tokens.ADMIN}` },
    });
    assert.equal(res.status, 400);
    const body = await res.json();
    assert.match(JSON.stringify(body), /CSRF|apollo-require-preflight/i);
  });

  test("the offline explorer is served without any external resource", async () => {
    const a = api();
    const res = await fetch(`${a.url}/graphql`, { headers: { accept: "text/html" } });
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /Canon · GraphQL/);
    assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+href="http/i);
  });

  test("malformed JSON and unknown fields get coded errors", async () => {
    const a = api();
    const res = await fetch(`${a.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${a.orgA.tokens.ADMIN}` },
      body: "{not json",
    });
    assert.equal(res.status, 400);
    assert.deepEqual(codes((await res.json()) as { errors?: { extensions?: { code?: string } }[] }), ["BAD_REQUEST"]);
    assert.deepEqual(codes(await a.gql(`{ nope }`)), ["GRAPHQL_VALIDATION_FAILED"]);
  });
});

describeContract(
  "protection: production mode",
  (api) => {
    test("introspection and field suggestions are off in production", async () => {
      const a = api();
      const intro = await a.gql(`{ __schema { types { name } } }`);
      assert.deepEqual(codes(intro), ["GRAPHQL_VALIDATION_FAILED"]);
      const typo = await a.gql(`{ aiSystem { nam } }`);
      assert.doesNotMatch(JSON.stringify(typo.errors), /Did you mean/);
    });

    test("operations nested deeper than the limit are refused", async () => {
      const a = api();
      assert.equal((await a.gql(`{ aiSystems { nodes { id } } }`)).errors, undefined);
      const deep = await a.gql(`{ aiSystems { edges { node { id } } } }`);
      assert.deepEqual(codes(deep), ["GRAPHQL_VALIDATION_FAILED"]);
      assert.match(deep.errors![0]!.message, /nested 4 levels deep; the maximum is 3/);
      const viaFragment = await a.gql(`{ aiSystems { ...E } } fragment E on AISystemConnection { edges { node { id } } }`);
      assert.deepEqual(codes(viaFragment), ["GRAPHQL_VALIDATION_FAILED"]);
    });
  },
  {
    env: {
      NODE_ENV: "production",
      NEXTAUTH_SECRET: "test-secret",
      CANON_AUDIT_SIGNING_KEY: "dGVzdC1vbmx5LWF1ZGl0LXNpZ25pbmcta2V5LTMyYnk=",
      CANON_PORTAL_CREDENTIAL: "test-only-portal-credential-for-production-mode",
      CANON_MAX_DEPTH: "3",
    },
  },
);
