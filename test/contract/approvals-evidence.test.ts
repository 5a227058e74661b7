// Evidence is what was approved: a change to the subject after a vote (a card revision, an evaluation,
// an edit) makes the votes already cast stale. They stay on record, no longer count, their approvers
// may vote again, and the request shows why. A release is approved only with approved components.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codes, describeContract } from "../support/contract";
import { decide, Q, request } from "../support/fixtures/approvals";
import { people } from "../support/fixtures/people";
import { card, evaluate, model, system } from "../support/fixtures/registry";

const DECISIONS = `query($id: ID!) { approvalRequest(id: $id) { status decisions { approverId decision staleAt staleReason } } approvalCheck(requestId: $id) { approvals requiredApprovals } }`;

describeContract("approvals: stale votes and release components", (api) => {
  test("a card revision, an evaluation or an edit after a vote makes the vote stale; the approver may vote again", async () => {
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

    const changes: [string, () => Promise<unknown>, RegExp][] = [
      ["card", () => card(a, v!, 11, contributor.token), /model card revision/],
      ["evaluation", () => evaluate(a, v!, "quality", true, contributor.token), /evaluation/],
      [
        "edit",
        () => a.ok(`mutation($id: ID!) { updateModelVersion(id: $id, input: { description: "retrained notes" }) { id } }`, { id: v }, contributor.token),
        /edited/,
      ],
    ];
    for (const [what, change, reason] of changes) {
      assert.equal((await decide(a, r.id, "APPROVE", a1!.token)).data.decideApproval.approvals, 1, `${what}: the vote counts`);
      await change();
      const state = await a.ok(DECISIONS, { id: r.id });
      const current = state.approvalRequest.decisions.filter((d: any) => !d.staleAt);
      const stale = state.approvalRequest.decisions.filter((d: any) => d.staleAt);
      assert.deepEqual(current, [], `${what}: no vote counts any more`);
      assert.match(stale.at(-1).staleReason, reason);
      assert.equal(state.approvalCheck.approvals, 0);
      assert.equal(state.approvalRequest.status, "PENDING");
    }
    assert.equal((await decide(a, r.id, "APPROVE", a1!.token)).data.decideApproval.approvals, 1, "the same person may vote again");
    const done = (await decide(a, r.id, "APPROVE", a2!.token)).data.decideApproval;
    assert.deepEqual([done.approvals, done.request.status], [2, "APPROVED"]);
    const all = (await a.ok(DECISIONS, { id: r.id })).approvalRequest.decisions;
    assert.equal(all.length, 5, "stale votes stay on record as evidence");
    const events = (await a.ok(`{ auditEvents(first: 100, filter: { action: "approvalDecision.stale" }) { totalCount } }`)).auditEvents;
    assert.ok(events.totalCount >= 3, "each vote going stale is audited");
  });

  test("a change to a release's component makes the votes on the release stale", async () => {
    const a = api();
    const {
      contributor,
      approvers: [a1],
    } = await people(a, 1);
    const sys = await system(a, "MINIMAL");
    const {
      versions: [v],
    } = await model(a, sys, 1, contributor.token);
    await decide(a, (await request(a, { modelVersionId: v, targetStage: "PRODUCTION" }, contributor.token)).data.requestApproval.id, "APPROVE", a1!.token);
    await a.ok(`mutation($i: SetApprovalPolicyInput!) { setApprovalPolicy(input: $i) { riskTier } }`, {
      i: { riskTier: "MINIMAL", requiredApprovals: 2, approverRoles: ["APPROVER", "ADMIN"] },
    });
    try {
      const { createRelease } = await a.ok(
        `mutation($i: CreateReleaseInput!) { createRelease(input: $i) { id } }`,
        { i: { systemId: sys, components: [{ role: "BASE_MODEL", modelVersionId: v }] } },
        contributor.token,
      );
      const r = (await request(a, { releaseId: createRelease.id, targetStage: "PRODUCTION" }, contributor.token)).data.requestApproval;
      assert.equal((await decide(a, r.id, "APPROVE", a1!.token)).data.decideApproval.approvals, 1);
      await evaluate(a, v!, "drift", true, contributor.token);
      const d = (await a.ok(DECISIONS, { id: r.id })).approvalRequest.decisions;
      assert.ok(d[0].staleAt);
      assert.match(d[0].staleReason, /evaluation/);
    } finally {
      await a.ok(`mutation($i: SetApprovalPolicyInput!) { setApprovalPolicy(input: $i) { riskTier } }`, {
        i: { riskTier: "MINIMAL", requiredApprovals: 1, approverRoles: ["APPROVER", "ADMIN"] },
      });
    }
  });

  test("a release enters PRODUCTION only when every model version in it is approved for production", async () => {
    const a = api();
    const {
      contributor,
      approvers: [a1],
    } = await people(a, 1);
    const sys = await system(a, "MINIMAL");
    const {
      versions: [v1, v2],
    } = await model(a, sys, 2, contributor.token);
    await decide(a, (await request(a, { modelVersionId: v1, targetStage: "PRODUCTION" }, contributor.token)).data.requestApproval.id, "APPROVE", a1!.token);
    await decide(a, (await request(a, { modelVersionId: v2, targetStage: "STAGING" }, contributor.token)).data.requestApproval.id, "APPROVE", a1!.token);
    const { createRelease } = await a.ok(
      `mutation($i: CreateReleaseInput!) { createRelease(input: $i) { id } }`,
      {
        i: {
          systemId: sys,
          components: [
            { role: "BASE_MODEL", modelVersionId: v1 },
            { role: "ADAPTER", modelVersionId: v2 },
          ],
        },
      },
      contributor.token,
    );
    const r = (await request(a, { releaseId: createRelease.id, targetStage: "PRODUCTION" }, contributor.token)).data.requestApproval;
    const res = await decide(a, r.id, "APPROVE", a1!.token);
    assert.deepEqual(codes(res), ["PRECONDITION_FAILED"]);
    const rules = (res.errors![0]!.extensions!.details as any).rules;
    assert.deepEqual(
      rules.map((x: any) => x.rule),
      ["COMPONENT_NOT_APPROVED"],
    );
    assert.match(rules[0].message, /v2 is in STAGING/);
    await decide(a, (await request(a, { modelVersionId: v2, targetStage: "PRODUCTION" }, contributor.token)).data.requestApproval.id, "APPROVE", a1!.token);
    assert.equal((await decide(a, r.id, "APPROVE", a1!.token)).data.decideApproval.request.status, "APPROVED");
    assert.equal((await a.ok(Q.GET, { id: r.id })).approvalRequest.release.stage, "PRODUCTION");
  });
});
