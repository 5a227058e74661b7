// The eight ways segregation of duties and the production gate could be walked around (found by an
// audit of the registry), each reproduced through the API and refused, with the code and the rule in
// the error, nothing written.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codes, describeContract, type GraphQLResponse, type TestApi } from "../support/contract";
import { decide, Q, request } from "../support/fixtures/approvals";
import { auditState } from "../support/fixtures/audit";
import { ADD_MEMBER, anotherToken, CREATE_TOKEN, people, person } from "../support/fixtures/people";
import { card, model, system } from "../support/fixtures/registry";

const BY_ALIAS = `query($m: ID!) { modelVersionByAlias(modelId: $m, alias: "production") { id stage approvedAt } }`;
const RECORD = `mutation($i: RecordDeploymentInput!) { recordDeployment(input: $i) { id policyViolation violations } }`;
const SNAPSHOT = `query($at: DateTime!) { productionSnapshot(at: $at) { deployments(first: 100) { nodes { id } } } }`;

/** The rule names a refusal carries in extensions.details (one rule, or the list of rules). */
function rules(res: GraphQLResponse): string[] {
  const details = (res.errors?.[0]?.extensions?.details ?? {}) as { rule?: string; rules?: { rule: string }[] };
  return [...new Set([...(details.rules ?? []).map((r) => r.rule), ...(details.rule ? [details.rule] : [])])];
}

/** Asserts a refusal: the code, the rule, and an unchanged audit trail. */
async function refused(a: TestApi, attempt: () => Promise<GraphQLResponse>, code: string, rule: string) {
  const before = await auditState(a);
  const res = await attempt();
  assert.deepEqual(codes(res), [code], JSON.stringify(res.errors));
  assert.ok(rules(res).includes(rule), `rule ${rule} in ${JSON.stringify(res.errors?.[0]?.extensions)}`);
  assert.deepEqual(await auditState(a), before, "a refusal writes nothing");
  return res;
}

describeContract("governance: the eight bypasses are closed", (api) => {
  test("1. an admin who requested cannot approve with an APPROVER token minted for themself", async () => {
    const a = api();
    const admin = await person(a, "ADMIN");
    const { contributor } = await people(a, 0);
    const {
      versions: [v],
    } = await model(a, await system(a, "MINIMAL"), 1, contributor.token);
    const r = (await request(a, { modelVersionId: v, targetStage: "STAGING" }, admin.token)).data.requestApproval;
    const minted = await anotherToken(a, admin, "APPROVER", true);
    const viewer = (await a.ok(`{ viewer { userId actorType role } }`, {}, minted)).viewer;
    assert.deepEqual(viewer, { userId: admin.id, actorType: "TOKEN", role: "APPROVER" }, "the minted token acts for the admin");
    const res = await refused(a, () => decide(a, r.id, "APPROVE", minted), "FORBIDDEN", "SEGREGATION_OF_DUTIES");
    assert.match(res.errors![0]!.message, /you requested this approval/);
    assert.equal((await a.ok(Q.GET, { id: r.id })).approvalRequest.status, "PENDING");
  });

  test("1b. nor through a member it adds and issues an APPROVER token to: the token's issuer requested", async () => {
    const a = api();
    const admin = await person(a, "ADMIN");
    const { contributor } = await people(a, 0);
    const {
      versions: [v],
    } = await model(a, await system(a, "MINIMAL"), 1, contributor.token);
    const r = (await request(a, { modelVersionId: v, targetStage: "STAGING" }, admin.token)).data.requestApproval;
    const { addMember } = await a.ok(ADD_MEMBER, { i: { email: "puppet@people.example", name: "Puppet", role: "APPROVER" } }, admin.token);
    const puppet = (await a.ok(CREATE_TOKEN, { i: { name: "puppet", role: "APPROVER", ownerId: addMember.user.id } }, admin.token)).createApiToken.token;
    const res = await refused(a, () => decide(a, r.id, "APPROVE", puppet), "FORBIDDEN", "SEGREGATION_OF_DUTIES");
    assert.match(res.errors![0]!.message, /this token was issued by the person who requested this approval/);
  });

  test("2. a request made with one token of a person is not approved with another token of the same person", async () => {
    const a = api();
    const approver = await person(a, "APPROVER");
    const { contributor } = await people(a, 0);
    const {
      versions: [v],
    } = await model(a, await system(a, "MINIMAL"), 1, contributor.token);
    const r = (await request(a, { modelVersionId: v, targetStage: "STAGING" }, approver.token)).data.requestApproval;
    assert.equal(r.requestedById, approver.id, "the request records the person, not the token");
    const second = await anotherToken(a, approver);
    await refused(a, () => decide(a, r.id, "APPROVE", second), "FORBIDDEN", "SEGREGATION_OF_DUTIES");
  });

  test("3. one person cannot supply both votes of a 2-approval HIGH_RISK policy with two tokens", async () => {
    const a = api();
    const {
      contributor,
      approvers: [a1, a2],
    } = await people(a, 2);
    const {
      versions: [v],
    } = await model(a, await system(a, "HIGH_RISK"), 1, contributor.token);
    await card(a, v!, 12, contributor.token);
    const r = (await request(a, { modelVersionId: v, targetStage: "STAGING" }, contributor.token)).data.requestApproval;
    assert.equal(r.policy.requiredApprovals, 2);
    const first = (await decide(a, r.id, "APPROVE", a1!.token)).data.decideApproval;
    assert.deepEqual([first.approvals, first.request.status], [1, "PENDING"]);
    const second = await anotherToken(a, a1!);
    const res = await refused(a, () => decide(a, r.id, "APPROVE", second), "CONFLICT", "ONE_VOTE_PER_PERSON");
    assert.match(res.errors![0]!.message, /one person counts once/);
    assert.equal((await a.ok(Q.GET, { id: r.id })).approvalRequest.status, "PENDING");
    assert.equal((await decide(a, r.id, "APPROVE", a2!.token)).data.decideApproval.request.status, "APPROVED", "a second person completes it");
  });

  test("4. setAlias cannot create a protected production alias on a DEVELOPMENT version, as APPROVER or ADMIN", async () => {
    const a = api();
    const {
      contributor,
      approvers: [approver],
      admin,
    } = await people(a, 1);
    const {
      modelId,
      versions: [v],
    } = await model(a, await system(a, "MINIMAL"), 1, contributor.token);
    for (const who of [approver!, admin]) {
      for (const name of ["production", "gold"]) {
        await refused(
          a,
          () => a.gql(Q.SET_ALIAS, { i: { modelId, name, versionId: v, protected: true } }, who.token),
          "PRECONDITION_FAILED",
          "PROTECTED_ALIAS",
        );
      }
    }
    assert.deepEqual(codes(await a.gql(BY_ALIAS, { m: modelId })), ["NOT_FOUND"], "no production alias exists");
  });

  test("5. an unprotected production alias cannot be set, and no unprotected alias can be protected in place", async () => {
    const a = api();
    const {
      contributor,
      approvers: [approver],
      admin,
    } = await people(a, 1);
    const {
      modelId,
      versions: [v],
    } = await model(a, await system(a, "MINIMAL"), 1, contributor.token);
    await refused(
      a,
      () => a.gql(Q.SET_ALIAS, { i: { modelId, name: "production", versionId: v } }, contributor.token),
      "PRECONDITION_FAILED",
      "PROTECTED_ALIAS",
    );
    await a.ok(Q.SET_ALIAS, { i: { modelId, name: "candidate", versionId: v } }, contributor.token);
    for (const who of [approver!, admin]) {
      await refused(
        a,
        () => a.gql(Q.SET_ALIAS, { i: { modelId, name: "candidate", versionId: v, protected: true } }, who.token),
        "PRECONDITION_FAILED",
        "PROTECTED_ALIAS",
      );
    }
    const aliases = (await a.ok(`query($m: ID!) { aliases(modelId: $m) { nodes { name protected } } }`, { m: modelId })).aliases.nodes;
    assert.deepEqual(aliases, [{ name: "candidate", protected: false }]);
  });

  test("6. nobody unprotects, moves or deletes a protected alias; it moves only through an approved request", async () => {
    const a = api();
    const {
      contributor,
      approvers: [a1, a2],
      admin,
    } = await people(a, 2);
    const {
      modelId,
      versions: [v1, v2],
    } = await model(a, await system(a, "MINIMAL"), 2, contributor.token);
    const r = (await request(a, { modelVersionId: v1, targetStage: "PRODUCTION", targetAlias: "production" }, contributor.token)).data.requestApproval;
    assert.equal((await decide(a, r.id, "APPROVE", a1!.token)).data.decideApproval.request.status, "APPROVED");
    for (const who of [a2!, admin]) {
      await refused(
        a,
        () => a.gql(Q.SET_ALIAS, { i: { modelId, name: "production", versionId: v1, protected: false } }, who.token),
        "PRECONDITION_FAILED",
        "PROTECTED_ALIAS",
      );
      await refused(a, () => a.gql(Q.SET_ALIAS, { i: { modelId, name: "production", versionId: v2 } }, who.token), "PRECONDITION_FAILED", "PROTECTED_ALIAS");
      await refused(a, () => a.gql(Q.DELETE_ALIAS, { m: modelId, n: "production" }, who.token), "PRECONDITION_FAILED", "PROTECTED_ALIAS");
    }
    const resolved = (await a.ok(BY_ALIAS, { m: modelId })).modelVersionByAlias;
    assert.deepEqual([resolved.id, resolved.stage], [v1, "PRODUCTION"]);
    assert.ok(resolved.approvedAt);
  });

  test("7. a PRODUCTION deployment of a DEVELOPMENT version or of a never-approved release is refused and not in the snapshot", async () => {
    const a = api();
    const { contributor } = await people(a, 0);
    const sys = await system(a, "MINIMAL");
    const {
      versions: [v],
    } = await model(a, sys, 1, contributor.token);
    const { createRelease } = await a.ok(
      `mutation($i: CreateReleaseInput!) { createRelease(input: $i) { id } }`,
      { i: { systemId: sys, components: [{ role: "BASE_MODEL", modelVersionId: v }] } },
      contributor.token,
    );
    for (const subject of [{ modelVersionId: v }, { releaseId: createRelease.id }]) {
      const res = await refused(
        a,
        () => a.gql(RECORD, { i: { ...subject, environment: "PRODUCTION", target: "scoring" } }, contributor.token),
        "PRECONDITION_FAILED",
        "DEPLOYMENT_NOT_APPROVED",
      );
      assert.match(res.errors![0]!.message, /not approved for PRODUCTION/);
    }
    const snapshot = (await a.ok(SNAPSHOT, { at: new Date().toISOString() })).productionSnapshot;
    assert.deepEqual(snapshot.deployments.nodes, []);
  });

  test("8. rollback returns only to a version this alias held through an approved change, not to one approved only for STAGING", async () => {
    const a = api();
    const {
      contributor,
      approvers: [a1, a2],
    } = await people(a, 2);
    const {
      modelId,
      versions: [v1, v2, v3],
    } = await model(a, await system(a, "MINIMAL"), 3, contributor.token);
    for (const v of [v1, v2]) {
      const r = (await request(a, { modelVersionId: v, targetStage: "PRODUCTION", targetAlias: "production" }, contributor.token)).data.requestApproval;
      await decide(a, r.id, "APPROVE", a1!.token);
    }
    const staging = (await request(a, { modelVersionId: v3, targetStage: "STAGING" }, contributor.token)).data.requestApproval;
    await decide(a, staging.id, "APPROVE", a1!.token);
    assert.ok((await a.ok(Q.VERSION, { id: v3 })).modelVersion.approvedAt, "v3 is approved, but only for STAGING");
    const res = await refused(
      a,
      () => a.gql(Q.ROLLBACK, { i: { modelId, alias: "production", toVersionId: v3, reason: "faster" } }, a2!.token),
      "PRECONDITION_FAILED",
      "ROLLBACK_TARGET_NOT_APPROVED_FOR_ALIAS",
    );
    assert.match(res.errors![0]!.message, /never pointed to .* v3 through an approved change/);
    const back = (await a.ok(Q.ROLLBACK, { i: { modelId, alias: "production", toVersionId: v1, reason: "v2 regressed" } }, a2!.token)).rollbackAlias;
    assert.deepEqual([back.versionId, back.protected], [v1, true], "a version the alias held by an approved request is one step away");
  });
});
