import assert from "node:assert/strict";
import { test } from "node:test";
import { codes, describeContract } from "../support/contract";

describeContract("access: tokens, roles and organisation isolation", (api) => {
  test("requests without a token, with a malformed or unknown token are refused", async () => {
    const a = api();
    assert.deepEqual(codes(await a.gql(`{ aiSystems { totalCount } }`, {}, null)), ["UNAUTHENTICATED"]);
    const unknown = await a.gql(`{ aiSystems { totalCount } }`, {}, "canon_not-a-real-token");
    assert.equal(unknown.status, 401);
    assert.deepEqual(codes(unknown), ["UNAUTHENTICATED"]);
  });

  test("a revoked token stops working at once; the secret is never listed", async () => {
    const a = api();
    const { createApiToken } = await a.ok(`mutation { createApiToken(input: { name: "ci", role: CONTRIBUTOR }) { token apiToken { id prefix role } } }`);
    assert.ok(createApiToken.token.startsWith(createApiToken.apiToken.prefix));
    const viewer = await a.ok(`{ viewer { role actorType } }`, {}, createApiToken.token);
    assert.deepEqual(viewer.viewer, { role: "CONTRIBUTOR", actorType: "TOKEN" });
    const listed = await a.ok(`{ apiTokens(first: 100) { nodes { id prefix lastUsedAt } } }`);
    const row = listed.apiTokens.nodes.find((n: any) => n.id === createApiToken.apiToken.id);
    assert.ok(row.lastUsedAt, "last use is recorded");
    assert.ok(!JSON.stringify(listed).includes(createApiToken.token), "secret not listed");
    await a.ok(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: createApiToken.apiToken.id });
    assert.deepEqual(codes(await a.gql(`{ viewer { role } }`, {}, createApiToken.token)), ["UNAUTHENTICATED"]);
    assert.deepEqual(codes(await a.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: createApiToken.apiToken.id })), ["CONFLICT"]);
  });

  test("role × operation matrix", async () => {
    const a = api();
    const { createAISystem: sys } = await a.ok(`mutation { createAISystem(input: { reference: "matrix", name: "Matrix" }) { id } }`);
    const ops: Record<string, { query: string; allowed: string[] }> = {
      read: { query: `{ aiSystems { totalCount } }`, allowed: ["VIEWER", "CONTRIBUTOR", "APPROVER", "AUDITOR", "ADMIN"] },
      write: { query: `mutation { updateAISystem(id: "${sys.id}", input: { description: "d" }) { id } }`, allowed: ["CONTRIBUTOR", "APPROVER", "ADMIN"] },
      classify: {
        query: `mutation { classifyAISystem(id: "${sys.id}", input: { operatorRole: DEPLOYER, riskTier: MINIMAL }) { id } }`,
        allowed: ["APPROVER", "ADMIN"],
      },
      audit: { query: `{ auditEvents(first: 1) { totalCount } }`, allowed: ["AUDITOR", "APPROVER", "ADMIN"] },
      verify: { query: `{ verifyAuditChain { valid } }`, allowed: ["AUDITOR", "APPROVER", "ADMIN"] },
      ownTokens: { query: `{ apiTokens { totalCount } }`, allowed: ["VIEWER", "CONTRIBUTOR", "APPROVER", "AUDITOR", "ADMIN"] },
      gates: { query: `mutation { setDeploymentGate(environment: STAGING, mode: OPEN) { mode } }`, allowed: ["ADMIN"] },
      reconcile: { query: `{ reconcileAuditTrail { consistent } }`, allowed: ["AUDITOR", "APPROVER", "ADMIN"] },
      profile: { query: `mutation { updateOrganization(input: { legalName: "Org A GmbH" }) { legalName } }`, allowed: ["ADMIN"] },
    };
    for (const [name, op] of Object.entries(ops)) {
      for (const [role, token] of Object.entries(a.orgA.tokens)) {
        const res = await a.gql(op.query, {}, token);
        if (op.allowed.includes(role)) assert.equal(res.errors, undefined, `${role} should be allowed to ${name}: ${JSON.stringify(res.errors)}`);
        else assert.deepEqual(codes(res), ["FORBIDDEN"], `${role} must not ${name}`);
      }
    }
  });

  test("organisation B cannot read, list or change anything of organisation A, even by id", async () => {
    const a = api();
    const { createAISystem: sys } = await a.ok(`mutation { createAISystem(input: { reference: "secret-a", name: "Secret of A" }) { id } }`);
    const b = a.orgB.tokens.ADMIN;
    assert.deepEqual(codes(await a.gql(`query($id: ID!) { aiSystem(id: $id) { name } }`, { id: sys.id }, b)), ["NOT_FOUND"]);
    const listed = await a.ok(`{ aiSystems(first: 100) { totalCount nodes { id } } }`, {}, b);
    assert.ok(!listed.aiSystems.nodes.some((n: any) => n.id === sys.id));
    assert.deepEqual(codes(await a.gql(`mutation($id: ID!) { updateAISystem(id: $id, input: { name: "pwned" }) { id } }`, { id: sys.id }, b)), ["NOT_FOUND"]);
    assert.deepEqual(
      codes(await a.gql(`mutation($id: ID!) { classifyAISystem(id: $id, input: { operatorRole: PROVIDER, riskTier: MINIMAL }) { id } }`, { id: sys.id }, b)),
      ["NOT_FOUND"],
    );
    const tokensOfA = await a.ok(`{ apiTokens(first: 100) { nodes { id } } }`);
    assert.deepEqual(codes(await a.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: tokensOfA.apiTokens.nodes[0].id }, b)), ["NOT_FOUND"]);
    const auditB = await a.ok(`query($id: String) { auditEvents(filter: { subjectId: $id }) { totalCount } }`, { id: sys.id }, b);
    assert.equal(auditB.auditEvents.totalCount, 0);
    const still = await a.ok(`query($id: ID!) { aiSystem(id: $id) { name } }`, { id: sys.id });
    assert.equal(still.aiSystem.name, "Secret of A");
  });

  test("members: add, change role, keep the last admin", async () => {
    const a = api();
    const added = await a.ok(`mutation { addMember(input: { email: "Lead@Org-A.example", name: "ML Lead", role: CONTRIBUTOR }) { id role user { email } } }`);
    assert.equal(added.addMember.user.email, "lead@org-a.example");
    assert.deepEqual(codes(await a.gql(`mutation { addMember(input: { email: "lead@org-a.example", name: "Again", role: VIEWER }) { id } }`)), ["CONFLICT"]);
    const changed = await a.ok(`mutation($id: ID!) { changeMemberRole(membershipId: $id, role: APPROVER) { role } }`, { id: added.addMember.id });
    assert.equal(changed.changeMemberRole.role, "APPROVER");
    const members = await a.ok(`{ members(first: 100) { nodes { id role } } }`);
    const admin = members.members.nodes.find((m: any) => m.role === "ADMIN");
    assert.deepEqual(codes(await a.gql(`mutation($id: ID!) { removeMember(membershipId: $id) }`, { id: admin.id })), ["CONFLICT"]);
    assert.deepEqual(codes(await a.gql(`mutation { addMember(input: { email: "not-an-email", name: "X", role: VIEWER }) { id } }`)), ["VALIDATION"]);
  });
});
