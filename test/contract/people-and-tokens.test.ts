// A person is the unit of segregation of duties: every token belongs to one member, acts with at most
// that member's current role, and stops working when the member is removed; service accounts hold
// pipeline tokens and never decide.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codes, describeContract } from "../support/contract";
import { decide, request } from "../support/fixtures/approvals";
import { unique } from "../support/fixtures/ids";
import { ADD_MEMBER, CREATE_TOKEN, people, person } from "../support/fixtures/people";
import { model, system } from "../support/fixtures/registry";

const VIEWER = `{ viewer { userId actorType role service } }`;
const CHANGE_ROLE = `mutation($m: ID!, $r: Role!) { changeMemberRole(membershipId: $m, role: $r) { role } }`;
const REMOVE = `mutation($m: ID!) { removeMember(membershipId: $m) }`;
const TOKENS = `{ apiTokens(first: 100) { nodes { id userId role } } }`;
const SERVICE = `mutation($i: AddServiceAccountInput!) { addServiceAccount(input: $i) { id service role user { id name email } } }`;

describeContract("people and tokens", (api) => {
  test("a token belongs to its owner; only admins issue tokens to others; the role stays within owner and issuer", async () => {
    const a = api();
    const lead = await person(a, "CONTRIBUTOR");
    const other = await person(a, "APPROVER");
    assert.deepEqual((await a.ok(VIEWER, {}, lead.token)).viewer, { userId: lead.id, actorType: "TOKEN", role: "CONTRIBUTOR", service: false });

    const own = (await a.ok(CREATE_TOKEN, { i: { name: "mine", role: "VIEWER" } }, lead.token)).createApiToken;
    assert.deepEqual([own.apiToken.userId, own.apiToken.role], [lead.id, "VIEWER"], "anyone may issue a token to themself");
    const forOther = await a.gql(CREATE_TOKEN, { i: { name: "theirs", role: "VIEWER", ownerId: other.id } }, lead.token);
    assert.deepEqual(codes(forOther), ["FORBIDDEN"], "only an admin issues tokens to another member");
    const above = await a.gql(CREATE_TOKEN, { i: { name: "up", role: "APPROVER" } }, lead.token);
    assert.deepEqual(codes(above), ["FORBIDDEN"], "never above the caller's own role");
    const aboveOwner = await a.gql(CREATE_TOKEN, { i: { name: "up", role: "ADMIN", ownerId: lead.id } });
    assert.deepEqual(codes(aboveOwner), ["FORBIDDEN"], "never above the owner's role, even from an admin");
    assert.match(aboveOwner.errors![0]!.message, /within its owner's role/);
    const viaViewer = await a.gql(CREATE_TOKEN, { i: { name: "up", role: "CONTRIBUTOR" } }, own.token);
    assert.deepEqual(codes(viaViewer), ["FORBIDDEN"], "a VIEWER token of a contributor cannot mint a CONTRIBUTOR token");
    const auditorToken = await a.gql(CREATE_TOKEN, { i: { name: "aud", role: "AUDITOR", ownerId: lead.id } });
    assert.deepEqual(codes(auditorToken), ["FORBIDDEN"], "AUDITOR is not within CONTRIBUTOR");
    const notMember = await a.gql(CREATE_TOKEN, { i: { name: "x", role: "VIEWER", ownerId: a.orgB.adminUserId } });
    assert.deepEqual([codes(notMember), notMember.errors![0]!.extensions!.field], [["VALIDATION"], "ownerId"]);

    const mine = (await a.ok(TOKENS, {}, lead.token)).apiTokens.nodes;
    assert.ok(mine.length >= 2 && mine.every((t: any) => t.userId === lead.id), "non-admins list their own tokens");
    const revokeOther = await a.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: other.tokenId }, lead.token);
    assert.deepEqual(codes(revokeOther), ["NOT_FOUND"]);
    await a.ok(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: own.apiToken.id }, lead.token);
    assert.deepEqual(codes(await a.gql(VIEWER, {}, own.token)), ["UNAUTHENTICATED"]);
  });

  test("demoting a member limits their tokens on the next request; removing them disables the tokens", async () => {
    const a = api();
    const key = unique("officer");
    const { addMember } = await a.ok(ADD_MEMBER, { i: { email: `${key}@people.example`, name: key, role: "APPROVER" } });
    const { createApiToken } = await a.ok(CREATE_TOKEN, { i: { name: key, role: "APPROVER", ownerId: addMember.user.id } });
    const token = createApiToken.token;
    assert.equal((await a.ok(VIEWER, {}, token)).viewer.role, "APPROVER");

    await a.ok(CHANGE_ROLE, { m: addMember.id, r: "AUDITOR" });
    assert.equal((await a.ok(VIEWER, {}, token)).viewer.role, "AUDITOR", "an APPROVER token of an AUDITOR acts as AUDITOR");
    assert.deepEqual(codes(await a.gql(`mutation { createAISystem(input: { reference: "x-${key}", name: "x" }) { id } }`, {}, token)), ["FORBIDDEN"]);
    await a.ok(CHANGE_ROLE, { m: addMember.id, r: "CONTRIBUTOR" });
    assert.equal((await a.ok(VIEWER, {}, token)).viewer.role, "CONTRIBUTOR", "APPROVER within CONTRIBUTOR: what both grant");
    await a.ok(CHANGE_ROLE, { m: addMember.id, r: "ADMIN" });
    assert.equal((await a.ok(VIEWER, {}, token)).viewer.role, "APPROVER", "never more than the token's own role");

    await a.ok(REMOVE, { m: addMember.id });
    const gone = await a.gql(VIEWER, {}, token);
    assert.deepEqual(codes(gone), ["UNAUTHENTICATED"]);
    assert.match(gone.errors![0]!.message, /no longer a member/);
  });

  test("service accounts hold pipeline tokens, register and request, and never decide", async () => {
    const a = api();
    const { addServiceAccount: svc } = await a.ok(SERVICE, { i: { name: "CI pipeline", role: "APPROVER" } });
    assert.equal(svc.service, true);
    assert.match(svc.user.email, /@service-account\.invalid$/);
    const { createApiToken } = await a.ok(CREATE_TOKEN, { i: { name: "ci", role: "APPROVER", ownerId: svc.user.id } });
    const pipeline = createApiToken.token;
    assert.deepEqual((await a.ok(VIEWER, {}, pipeline)).viewer, { userId: svc.user.id, actorType: "TOKEN", role: "APPROVER", service: true });
    const { contributor } = await people(a, 0);
    const {
      versions: [v],
    } = await model(a, await system(a, "MINIMAL"), 1, contributor.token);
    const r = (await request(a, { modelVersionId: v, targetStage: "STAGING" }, contributor.token)).data.requestApproval;
    const res = await decide(a, r.id, "APPROVE", pipeline);
    assert.deepEqual(codes(res), ["FORBIDDEN"]);
    assert.equal((res.errors![0]!.extensions!.details as any).rule, "SERVICE_ACCOUNT");
    const mine = await request(a, { modelVersionId: v, targetStage: "PRODUCTION" }, pipeline);
    assert.ok(mine.data.requestApproval.id, "a pipeline may ask");
  });

  test("viewers see members by name, not email; everyone else sees the email", async () => {
    const a = api();
    const q = `{ members(first: 100) { nodes { user { name email } } } }`;
    const asViewer = (await a.ok(q, {}, a.orgA.tokens.VIEWER)).members.nodes;
    assert.ok(asViewer.length >= 5 && asViewer.every((m: any) => m.user.name && m.user.email === null));
    const asAuditor = (await a.ok(q, {}, a.orgA.tokens.AUDITOR)).members.nodes;
    assert.ok(asAuditor.every((m: any) => typeof m.user.email === "string"));
    assert.deepEqual(codes(await a.gql(`{ auditEvents(first: 1) { totalCount } }`, {}, a.orgA.tokens.VIEWER)), ["FORBIDDEN"], "viewers do not read the trail");
  });
});
