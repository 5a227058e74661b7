// Concurrency over HTTP: many approvers deciding one request at once, double-submitted decisions, and
// cancellations racing the deciding vote. The request row is claimed first in every decision's
// transaction, so nothing over-approves, skips the policy, or transitions twice.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codes, describeContract } from "../support/contract";
import { decide, Q, request } from "../support/fixtures/approvals";
import { actionCount, auditState } from "../support/fixtures/audit";
import { people, person } from "../support/fixtures/people";
import { model, system } from "../support/fixtures/registry";

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describeContract("approvals: concurrency and double submits", (api) => {
  test("8 approvers, each submitting twice, at once on a request needing 3: three decisions, one transition", async () => {
    const a = api();
    await a.ok(Q.SET_POLICY, { i: { riskTier: "MINIMAL", requiredApprovals: 3, approverRoles: ["APPROVER", "ADMIN"] } });
    const { contributor, approvers } = await people(a, 8);
    const sys = await system(a, "MINIMAL");
    const {
      modelId,
      versions: [v],
    } = await model(a, sys, 1, contributor.token);
    const r = (await request(a, { modelVersionId: v, targetStage: "PRODUCTION", targetAlias: "production" }, contributor.token)).data.requestApproval;
    const before = { decisions: await actionCount(a, "approvalDecision.create"), stage: await actionCount(a, "modelVersion.stageChange") };

    const results = await Promise.all(approvers.flatMap((p) => [decide(a, r.id, "APPROVE", p.token), decide(a, r.id, "APPROVE", p.token)]));
    const ok = results.filter((x) => !x.errors);
    const refused = results.filter((x) => x.errors);
    assert.equal(ok.length, 3, "exactly the required number of decisions is accepted");
    assert.deepEqual([...new Set(refused.flatMap(codes))], ["CONFLICT"], "everything else is a CONFLICT");
    assert.equal(ok.filter((x) => x.data.decideApproval.request.status === "APPROVED").length, 1, "exactly one vote made the transition");
    assert.deepEqual(ok.map((x) => x.data.decideApproval.approvals).sort(), [1, 2, 3]);
    assert.equal(new Set(ok.map((x) => x.data.decideApproval.decision.approverId)).size, 3, "three different people");

    const stored = (await a.ok(Q.GET, { id: r.id })).approvalRequest;
    assert.equal(stored.status, "APPROVED");
    assert.equal(stored.decisions.length, 3);
    assert.equal(stored.modelVersion.stage, "PRODUCTION");
    assert.equal((await a.ok(Q.HISTORY, { m: modelId, n: "production" })).aliasHistory.totalCount, 1, "the alias moved once");
    assert.equal(await actionCount(a, "approvalDecision.create"), before.decisions + 3);
    assert.equal(await actionCount(a, "modelVersion.stageChange"), before.stage + 1);
    assert.equal((await auditState(a)).valid, true);
    await a.ok(Q.SET_POLICY, { i: { riskTier: "MINIMAL", requiredApprovals: 1, approverRoles: ["APPROVER", "ADMIN"] } });
  });

  test("a decision double-submitted 6 times yields one decision and one transition", async () => {
    const a = api();
    const {
      contributor,
      approvers: [a1],
    } = await people(a, 1);
    const sys = await system(a, "MINIMAL");
    const {
      modelId,
      versions: [v],
    } = await model(a, sys, 1, contributor.token);
    const r = (await request(a, { modelVersionId: v, targetStage: "STAGING", targetAlias: "staging" }, contributor.token)).data.requestApproval;
    const before = await auditState(a);
    const results = await Promise.all(range(6).map(() => decide(a, r.id, "APPROVE", a1!.token, "same click")));
    assert.equal(results.filter((x) => !x.errors).length, 1);
    assert.deepEqual([...new Set(results.filter((x) => x.errors).flatMap(codes))], ["CONFLICT"]);
    const stored = (await a.ok(Q.GET, { id: r.id })).approvalRequest;
    assert.deepEqual([stored.status, stored.decisions.length, stored.modelVersion.stage], ["APPROVED", 1, "STAGING"]);
    assert.equal((await a.ok(Q.HISTORY, { m: modelId, n: "staging" })).aliasHistory.totalCount, 1);
    const after = await auditState(a);
    assert.equal(after.valid, true);
    assert.equal(after.eventCount, before.eventCount + 4, "decision, resolution, stage change, alias creation — once");
  });

  test("12 requests decided by two approvers each while their requesters cancel: each ends APPROVED with its transition or CANCELLED without", async () => {
    const a = api();
    await a.ok(Q.SET_POLICY, { i: { riskTier: "TRANSPARENCY", requiredApprovals: 2, approverRoles: ["APPROVER"] } });
    const {
      contributor,
      approvers: [a1, a2],
    } = await people(a, 2);
    const sys = await system(a, "TRANSPARENCY");
    const { versions } = await model(a, sys, 12, contributor.token);
    const requests = [];
    for (const v of versions) requests.push((await request(a, { modelVersionId: v, targetStage: "STAGING" }, contributor.token)).data.requestApproval);
    const results = await Promise.all(
      requests.flatMap((r) => [decide(a, r.id, "APPROVE", a1!.token), a.gql(Q.CANCEL, { id: r.id }, contributor.token), decide(a, r.id, "APPROVE", a2!.token)]),
    );
    for (const x of results) if (x.errors) assert.deepEqual(codes(x), ["CONFLICT"], JSON.stringify(x.errors));
    const final = (await a.ok(Q.LIST, { f: { requestedById: contributor.id }, first: 50 })).approvalRequests.nodes;
    const statuses = new Map<string, number>();
    for (const r of final) {
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      const v = (await a.ok(Q.VERSION, { id: r.modelVersionId })).modelVersion;
      if (r.status === "APPROVED") {
        assert.equal(r.decisions.length, 2);
        assert.deepEqual([v.stage, Boolean(v.approvedAt)], ["STAGING", true]);
      } else {
        assert.equal(r.status, "CANCELLED");
        assert.ok(r.decisions.length < 2, "a cancelled request never reached its approvals");
        assert.deepEqual([v.stage, v.approvedAt], ["DEVELOPMENT", null]);
      }
    }
    assert.equal(
      [...statuses.values()].reduce((x, y) => x + y, 0),
      12,
    );
    assert.equal((await auditState(a)).valid, true);
  });

  test("two requests moving one protected alias approved at once: both transitions are serialised and recorded", async () => {
    const a = api();
    const {
      contributor,
      approvers: [a1, a2],
    } = await people(a, 2);
    const extra = await person(a, "APPROVER");
    const sys = await system(a, "MINIMAL");
    const {
      modelId,
      versions: [v1, v2],
    } = await model(a, sys, 2, contributor.token);
    const r1 = (await request(a, { modelVersionId: v1, targetAlias: "production" }, contributor.token)).data.requestApproval;
    const r2 = (await request(a, { modelVersionId: v2, targetAlias: "production" }, contributor.token)).data.requestApproval;
    const results = await Promise.all([
      decide(a, r1.id, "APPROVE", a1!.token),
      decide(a, r2.id, "APPROVE", a2!.token),
      decide(a, r1.id, "APPROVE", extra.token),
    ]);
    assert.equal(results.filter((x) => !x.errors).length, 2);
    const history = (await a.ok(Q.HISTORY, { m: modelId, n: "production" })).aliasHistory;
    assert.equal(history.totalCount, 2);
    const [last, first] = history.nodes;
    assert.equal(first.fromVersionId, null);
    assert.equal(last.fromVersionId, first.toVersionId, "the second move starts where the first ended");
    const now = (await a.ok(`query($m: ID!) { modelVersionByAlias(modelId: $m, alias: "production") { id } }`, { m: modelId })).modelVersionByAlias.id;
    assert.equal(now, last.toVersionId);
    for (const v of [v1, v2]) {
      const version = (await a.ok(Q.VERSION, { id: v })).modelVersion;
      assert.deepEqual(
        [version.stage, Boolean(version.approvedAt)],
        ["DEVELOPMENT", true],
        "an alias-only approval stamps the version approved without changing its stage",
      );
      const events = (await a.ok(`query($v: String) { auditEvents(filter: { subjectId: $v, action: "modelVersion.approve" }) { totalCount } }`, { v }))
        .auditEvents;
      assert.equal(events.totalCount, 1);
    }
  });

  test("requests to STAGING and to PRODUCTION of one version approved at once: the stage only ever moves forward", async () => {
    const a = api();
    const {
      contributor,
      approvers: [a1, a2],
    } = await people(a, 2);
    const sys = await system(a, "MINIMAL");
    for (let round = 0; round < 3; round++) {
      const {
        versions: [v],
      } = await model(a, sys, 1, contributor.token);
      const toStaging = (await request(a, { modelVersionId: v, targetStage: "STAGING" }, contributor.token)).data.requestApproval;
      const toProduction = (await request(a, { modelVersionId: v, targetStage: "PRODUCTION" }, contributor.token)).data.requestApproval;
      const [s, p] = await Promise.all([decide(a, toStaging.id, "APPROVE", a1!.token), decide(a, toProduction.id, "APPROVE", a2!.token)]);
      assert.equal(p.errors, undefined, "the PRODUCTION request always succeeds");
      if (s.errors) {
        assert.deepEqual(codes(s), ["PRECONDITION_FAILED"]);
        assert.match(s.errors[0]!.message, /already in PRODUCTION/);
      }
      assert.equal((await a.ok(Q.VERSION, { id: v })).modelVersion.stage, "PRODUCTION");
      const changes = (
        await a.ok(`query($v: String) { auditEvents(filter: { subjectId: $v, action: "modelVersion.stageChange" }) { nodes { before after } } }`, { v })
      ).auditEvents.nodes;
      const order = ["DEVELOPMENT", "STAGING", "PRODUCTION"];
      for (const c of changes) assert.ok(order.indexOf(c.after.stage) > order.indexOf(c.before.stage), `${c.before.stage} → ${c.after.stage}`);
    }
  });
});
