// Segregation of duties: whoever requested the approval or created its subject can never decide it,
// admins included; one person counts once; each refusal says which rule and why.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codes, describeContract } from "../support/contract";
import { decide, Q, request } from "../support/fixtures/approvals";
import { auditState } from "../support/fixtures/audit";
import { people, person } from "../support/fixtures/people";
import { model, system } from "../support/fixtures/registry";

describeContract("approvals: segregation of duties", (api) => {
  test("the requester cannot decide their own request, even as an admin", async () => {
    const a = api();
    const { contributor } = await people(a, 0);
    const admin = await person(a, "ADMIN");
    const sys = await system(a, "MINIMAL");
    const {
      versions: [v],
    } = await model(a, sys, 1, contributor.token);
    const r = (await request(a, { modelVersionId: v, targetStage: "STAGING" }, admin.token)).data.requestApproval;
    const before = await auditState(a);
    for (const decision of ["APPROVE", "REJECT"] as const) {
      const res = await decide(a, r.id, decision, admin.token);
      assert.deepEqual(codes(res), ["FORBIDDEN"]);
      assert.match(
        res.errors![0]!.message,
        /Segregation of duties: you requested this approval \(request .*\) and may not decide on it, through any of your credentials/,
      );
    }
    assert.deepEqual(await auditState(a), before);
    assert.equal((await a.ok(Q.GET, { id: r.id })).approvalRequest.status, "PENDING");
  });

  test("the creator of the subject cannot decide, even when someone else requested it; for releases too", async () => {
    const a = api();
    const creator = await person(a, "ADMIN");
    const {
      contributor,
      approvers: [a1],
    } = await people(a, 1);
    const sys = await system(a, "MINIMAL");
    const {
      versions: [v],
    } = await model(a, sys, 1, creator.token);
    const r = (await request(a, { modelVersionId: v, targetStage: "STAGING" }, contributor.token)).data.requestApproval;
    const res = await decide(a, r.id, "APPROVE", creator.token);
    assert.deepEqual(codes(res), ["FORBIDDEN"]);
    assert.match(res.errors![0]!.message, /Segregation of duties: you created model version .* v1 and may not decide on its approval/);
    assert.equal((await decide(a, r.id, "APPROVE", a1!.token)).data.decideApproval.request.status, "APPROVED", "an independent approver may");

    const {
      versions: [component],
    } = await model(a, sys, 1, contributor.token);
    const { createRelease } = await a.ok(
      `mutation($i: CreateReleaseInput!) { createRelease(input: $i) { id } }`,
      { i: { systemId: sys, components: [{ role: "BASE_MODEL", modelVersionId: component }] } },
      a1!.token,
    );
    const rr = (await request(a, { releaseId: createRelease.id, targetStage: "STAGING" }, contributor.token)).data.requestApproval;
    const rel = await decide(a, rr.id, "APPROVE", a1!.token);
    assert.deepEqual(codes(rel), ["FORBIDDEN"]);
    assert.match(rel.errors![0]!.message, /you created release 1 of .* and may not decide/);
  });

  test("one person counts once: a second decision by the same approver is a CONFLICT, whatever it says", async () => {
    const a = api();
    await a.ok(Q.SET_POLICY, { i: { riskTier: "MINIMAL", requiredApprovals: 2, approverRoles: ["APPROVER", "ADMIN"] } });
    const {
      contributor,
      approvers: [a1, a2],
    } = await people(a, 2);
    const sys = await system(a, "MINIMAL");
    const {
      versions: [v],
    } = await model(a, sys, 1, contributor.token);
    const r = (await request(a, { modelVersionId: v, targetStage: "STAGING" }, contributor.token)).data.requestApproval;
    const first = (await decide(a, r.id, "APPROVE", a1!.token)).data.decideApproval;
    const before = await auditState(a);
    for (const decision of ["APPROVE", "REJECT"] as const) {
      const again = await decide(a, r.id, decision, a1!.token);
      assert.deepEqual(codes(again), ["CONFLICT"]);
      assert.match(
        again.errors![0]!.message,
        new RegExp(`You already decided APPROVE on approval request ${r.id} \\(decision ${first.decision.id}\\); one person counts once`),
      );
    }
    assert.deepEqual(await auditState(a), before);
    const stored = (await a.ok(Q.GET, { id: r.id })).approvalRequest;
    assert.equal(stored.status, "PENDING", "the same approver twice does not meet a policy of two");
    assert.equal(stored.decisions.length, 1);
    assert.equal((await decide(a, r.id, "APPROVE", a2!.token)).data.decideApproval.request.status, "APPROVED");
    await a.ok(Q.SET_POLICY, { i: { riskTier: "MINIMAL", requiredApprovals: 1, approverRoles: ["APPROVER", "ADMIN"] } });
  });

  test("identities are people: requests and votes record the person; the trail records the credential and the person", async () => {
    const a = api();
    const {
      contributor,
      approvers: [a1],
    } = await people(a, 1);
    const sys = await system(a, "MINIMAL");
    const {
      versions: [v],
    } = await model(a, sys, 1, contributor.token);
    const r = (await request(a, { modelVersionId: v, targetStage: "STAGING" }, contributor.token)).data.requestApproval;
    assert.equal(r.requestedById, contributor.id, "the person, not the token");
    const ok = (await decide(a, r.id, "APPROVE", a1!.token)).data.decideApproval;
    assert.equal(ok.decision.approverId, a1!.id);
    const event = (
      await a.ok(`query($id: String) { auditEvents(first: 1, filter: { subjectId: $id }) { nodes { actorType actorId actorUserId } } }`, { id: ok.decision.id })
    ).auditEvents.nodes[0];
    assert.deepEqual(event, { actorType: "TOKEN", actorId: a1!.tokenId, actorUserId: a1!.id });
  });
});
