// Portal sessions held by the API: the portal (and only the portal, with its credential) signs a person
// in with a password through POST /sessions; the session token then acts through the portal in the
// organisation it names per request, with the role the person's membership has at that request; a role
// change or a removal applies at the next request; sign-out ends the session at once. Sign-in attempts
// are limited per account (failures) and per client address (all attempts), with Retry-After.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codes, describeContract, type TestApi } from "../support/contract";
import { unique } from "../support/fixtures/ids";
import { openOwnerSql } from "../support/fixtures/owner-sql";
import { ADD_MEMBER } from "../support/fixtures/people";

const CREDENTIAL = "contract-test-portal-credential-0123456789";
const FAILURES_PER_ACCOUNT = 3;
const ATTEMPTS_PER_ADDRESS = 12;
const PASSWORD = "correct horse battery staple";

interface Reply {
  status: number;
  body: any;
  headers: Headers;
}

async function signIn(a: TestApi, email: string, password: string, address: string, credential: string | null = CREDENTIAL): Promise<Reply> {
  const res = await fetch(`${a.url}/sessions`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-canon-client-address": address,
      ...(credential ? { "x-canon-portal-credential": credential } : {}),
    },
    body: JSON.stringify({ email, password }),
  });
  return { status: res.status, body: await res.json(), headers: res.headers };
}

/** A GraphQL request as the portal's server makes it: the session token, the organisation, the portal's credential. */
async function asSession(a: TestApi, token: string, query: string, org: string | null, credential: string | null = CREDENTIAL): Promise<Reply> {
  const res = await fetch(`${a.url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${token}`,
      ...(org ? { "x-canon-organization": org } : {}),
      ...(credential ? { "x-canon-portal-credential": credential } : {}),
    },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: await res.json(), headers: res.headers };
}

/** GET /sessions/current as the portal asks it: the person's memberships as they are now. */
async function current(a: TestApi, token: string, credential: string | null = CREDENTIAL): Promise<Reply> {
  const res = await fetch(`${a.url}/sessions/current`, {
    headers: { authorization: `Bearer ${token}`, ...(credential ? { "x-canon-portal-credential": credential } : {}) },
  });
  return { status: res.status, body: await res.json(), headers: res.headers };
}

const rolesOf = (r: Reply) => r.body.memberships.map((m: { organizationId: string; role: string }) => `${m.organizationId}:${m.role}`).sort();

async function member(a: TestApi, email: string, role: string, org: "A" | "B" = "A"): Promise<string> {
  const admin = org === "A" ? a.orgA.tokens.ADMIN : a.orgB.tokens.ADMIN;
  const { addMember } = await a.ok(ADD_MEMBER, { i: { email, name: email.split("@")[0], role, password: PASSWORD } }, admin);
  return addMember.id;
}

const CREATE_SYSTEM = (ref: string) => `mutation { createAISystem(input: { reference: "${ref}", name: "${ref}" }) { id } }`;
const COUNT_SYSTEMS = `{ aiSystems(first: 1) { totalCount } }`;

describeContract(
  "portal sessions",
  (api) => {
    test("the portal signs a person in; the session acts in the organisation it names, with the role of that request; sign-out ends it", async () => {
      const a = api();
      const email = `${unique("lead")}@sessions.example`;
      const inA = await member(a, email, "VIEWER", "A");
      await member(a, email, "CONTRIBUTOR", "B");
      const address = "192.0.2.10";

      for (const credential of [null, "not-the-portal-credential-but-long-enough"]) {
        const refused = await signIn(a, email, PASSWORD, address, credential);
        assert.deepEqual([refused.status, refused.body.errors[0].extensions.code], [401, "UNAUTHENTICATED"], "only the portal signs people in");
      }
      const { status, body } = await signIn(a, email.toUpperCase(), PASSWORD, address);
      assert.equal(status, 201, JSON.stringify(body));
      assert.match(body.token, /^canonsess_[\w-]{40,}$/);
      assert.ok(Math.abs(new Date(body.expiresAt).getTime() - (Date.now() + 480 * 60_000)) < 60_000, "eight hours by default");
      assert.equal(body.user.email, email);
      assert.deepEqual(
        body.memberships.map((m: { organizationId: string; role: string }) => [m.organizationId, m.role]).sort(),
        [
          [a.orgA.organizationId, "VIEWER"],
          [a.orgB.organizationId, "CONTRIBUTOR"],
        ].sort(),
      );
      const token: string = body.token;

      const withoutPortal = await asSession(a, token, COUNT_SYSTEMS, a.orgA.organizationId, null);
      assert.deepEqual([withoutPortal.status, codes(withoutPortal.body)], [401, ["UNAUTHENTICATED"]], "a session token acts only through the portal");
      const noOrg = await asSession(a, token, COUNT_SYSTEMS, null);
      assert.equal(noOrg.status, 401);
      assert.match(noOrg.body.errors[0].message, /several organisations/);

      assert.equal((await asSession(a, token, COUNT_SYSTEMS, a.orgA.organizationId)).status, 200);
      assert.deepEqual(codes((await asSession(a, token, CREATE_SYSTEM(unique("s")), a.orgA.organizationId)).body), ["FORBIDDEN"], "a viewer in A");
      const inB = (await asSession(a, token, CREATE_SYSTEM(unique("s")), a.orgB.organizationId)).body;
      assert.deepEqual(codes(inB), [], `a contributor in B: ${JSON.stringify(inB.errors)}`);

      await a.ok(`mutation($m: ID!) { changeMemberRole(membershipId: $m, role: CONTRIBUTOR) { id } }`, { m: inA });
      assert.deepEqual(codes((await asSession(a, token, CREATE_SYSTEM(unique("s")), a.orgA.organizationId)).body), [], "promoted: the next request may write");
      assert.equal((await current(a, token, null)).status, 401, "only the portal reads a session");
      assert.deepEqual(rolesOf(await current(a, token)), [`${a.orgA.organizationId}:CONTRIBUTOR`, `${a.orgB.organizationId}:CONTRIBUTOR`].sort());

      await a.ok(`mutation($m: ID!) { removeMember(membershipId: $m) }`, { m: inA });
      const removed = await asSession(a, token, COUNT_SYSTEMS, a.orgA.organizationId);
      assert.equal(removed.status, 401, "removed from A: the next request is refused");
      assert.match(removed.body.errors[0].message, /not a member of that organisation/);
      assert.equal((await asSession(a, token, COUNT_SYSTEMS, null)).status, 200, "now in one organisation, it need not be named");
      assert.deepEqual(rolesOf(await current(a, token)), [`${a.orgB.organizationId}:CONTRIBUTOR`], "the memberships as they are now");

      const out = await fetch(`${a.url}/sessions/current`, { method: "DELETE", headers: { authorization: `Bearer ${token}` } });
      assert.equal(out.status, 204);
      const ended = await asSession(a, token, COUNT_SYSTEMS, a.orgB.organizationId);
      assert.equal(ended.status, 401);
      assert.match(ended.body.errors[0].message, /session has ended/);
      assert.equal((await current(a, token)).status, 401);
      assert.ok((await a.ok(COUNT_SYSTEMS)).aiSystems, "API tokens work as before");
    });

    test("an expired session is refused", async () => {
      const a = api();
      const email = `${unique("exp")}@sessions.example`;
      await member(a, email, "VIEWER");
      const { body } = await signIn(a, email, PASSWORD, "192.0.2.11");
      assert.equal((await asSession(a, body.token, COUNT_SYSTEMS, null)).status, 200);
      const db = await openOwnerSql(a.kind, a.databaseUrl);
      try {
        const users = await db.all<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = ?`, [email]);
        assert.equal(await db.run(`UPDATE "UserSession" SET "expiresAt" = "createdAt" WHERE "userId" = ?`, [users[0]!.id]), 1);
      } finally {
        await db.close();
      }
      const expired = await asSession(a, body.token, COUNT_SYSTEMS, null);
      assert.equal(expired.status, 401);
      assert.match(expired.body.errors[0].message, /session has ended/);
    });

    test("failed sign-ins are limited per account: the same refusal for an unknown email, then 429 with Retry-After even with the right password", async () => {
      const a = api();
      const email = `${unique("acct")}@sessions.example`;
      await member(a, email, "VIEWER");
      const address = "198.51.100.2";
      const wrong = await signIn(a, email, "not the password", address);
      const unknown = await signIn(a, `${unique("nobody")}@sessions.example`, PASSWORD, address);
      assert.deepEqual([wrong.status, unknown.status], [401, 401]);
      assert.equal(wrong.body.errors[0].message, unknown.body.errors[0].message, "nothing tells an unknown email from a wrong password");
      assert.equal((await signIn(a, email, "not the password", address)).status, 401);
      assert.equal((await signIn(a, email, PASSWORD, address)).status, 201, "a success clears the failures");
      for (let i = 0; i < FAILURES_PER_ACCOUNT; i++) assert.equal((await signIn(a, email, `wrong ${i}`, address)).status, 401);
      const limited = await signIn(a, email, PASSWORD, address);
      assert.equal(limited.status, 429, JSON.stringify(limited.body));
      assert.equal(limited.body.errors[0].extensions.code, "RATE_LIMITED");
      assert.match(limited.body.errors[0].message, /for this account: try again in \d+ s/);
      const retryAfter = Number(limited.headers.get("retry-after"));
      assert.ok(retryAfter > 0 && retryAfter <= 600, `Retry-After ${retryAfter}`);
      assert.equal(limited.body.errors[0].extensions.retryAfterSeconds, retryAfter);
      const other = `${unique("other")}@sessions.example`;
      await member(a, other, "VIEWER");
      assert.equal((await signIn(a, other, PASSWORD, address)).status, 201, "another account is not limited");
    });

    test("sign-in attempts are limited per client address, whatever the account; another address is not", async () => {
      const a = api();
      const address = "203.0.113.7";
      for (let i = 0; i < ATTEMPTS_PER_ADDRESS; i++) assert.equal((await signIn(a, `${unique("spray")}@sessions.example`, "guess", address)).status, 401);
      const limited = await signIn(a, `${unique("spray")}@sessions.example`, "guess", address);
      assert.equal(limited.status, 429);
      assert.match(limited.body.errors[0].message, /from this address/);
      assert.equal((await signIn(a, `${unique("spray")}@sessions.example`, "guess", "203.0.113.8")).status, 401);
      const bad = await signIn(a, "", "", "203.0.113.9");
      assert.deepEqual([bad.status, bad.body.errors[0].extensions.code, bad.body.errors[0].extensions.field], [400, "VALIDATION", "email"]);
    });
  },
  {
    env: {
      CANON_PORTAL_CREDENTIAL: CREDENTIAL,
      CANON_SIGNIN_FAILURES_PER_ACCOUNT: String(FAILURES_PER_ACCOUNT),
      CANON_SIGNIN_ATTEMPTS_PER_ADDRESS: String(ATTEMPTS_PER_ADDRESS),
      CANON_SIGNIN_WINDOW_SECONDS: "600",
    },
  },
);
