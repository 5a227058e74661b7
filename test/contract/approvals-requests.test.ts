// Approval requests and decisions: the happy path with its transition and evidence, preconditions that
// say what is missing, rejection, cancellation, releases, bad input, isolation and roles.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codes, describeContract } from "../support/contract";
import { decide, Q, request } from "../support/fixtures/approvals";
import { actionCount, auditState } from "../support/fixtures/audit";
import { people } from "../support/fixtures/people";
import { card, classify, evaluate, model, system } from "../support/fixtures/registry";

describeContract("approvals: requests and decisions", (api) => {
  test("MINIMAL: request → one approval → the version enters STAGING, is stamped approved and becomes immutable; evidence is snapshotted", async () => {
    const a = api();
    const {
      contributor,
      approvers: [approver],
    } = await people(a, 1);
    const sys = await system(a, "MINIMAL");
    const {
      versions: [v],
    } = await model(a, sys, 1, contributor.token);
    const evalId = await evaluate(a, v!, "quality", true, contributor.token);
    await card(a, v!, 6, contributor.token);
    const before = await auditState(a);

    const req = await request(a, { modelVersionId: v, targetStage: "STAGING" }, contributor.token);
    assert.deepEqual(req.errors, undefined);
    const r = req.data.requestApproval;
    assert.equal(r.status, "PENDING");
    assert.equal(r.requestedById, contributor.id);
    assert.equal(r.subjectType, "MODEL_VERSION");
    assert.deepEqual(r.policy, {
      riskTier: "MINIMAL",
      requiredApprovals: 1,
      approverRoles: ["APPROVER", "ADMIN"],
      requiredSuites: [],
      minCardCompleteness: 0,
      requireClassification: true,
      blocked: false,
      isDefault: true,
    });

    const res = await decide(a, r.id, "APPROVE", approver!.token, "evaluations fine");
    assert.deepEqual(res.errors, undefined);
    const d = res.data.decideApproval;
    assert.equal(d.request.status, "APPROVED");
    assert.ok(d.request.resolvedAt);
    assert.deepEqual([d.approvals, d.requiredApprovals], [1, 1]);
    assert.equal(d.decision.approverId, approver!.id);
    const ev = d.decision.evidence;
    assert.equal(ev.riskTier, "MINIMAL");
    assert.equal(ev.system.id, sys);
    assert.ok(ev.system.classifiedAt);
    assert.equal(ev.versions.length, 1);
    assert.deepEqual(ev.versions[0].card, { revision: 1, completeness: 0.5 });
    assert.deepEqual(
      ev.versions[0].evaluations.map((e: any) => [e.suite, e.evaluationId, e.passed, e.metrics[0].name]),
      [["quality", evalId, true, "score"]],
    );
    assert.equal(ev.policy.riskTier, "MINIMAL");

    const version = (await a.ok(Q.VERSION, { id: v })).modelVersion;
    assert.equal(version.stage, "STAGING");
    assert.ok(version.approvedAt);
    const change = await a.gql(`mutation($id: ID!) { updateModelVersion(id: $id, input: { description: "changed" }) { id } }`, { id: v }, contributor.token);
    assert.deepEqual(codes(change), ["CONFLICT"], "an approved version is immutable");

    const after = await auditState(a);
    assert.equal(after.valid, true);
    assert.equal(after.eventCount, before.eventCount + 4, "request, decision, resolution and stage change: one event each");
    const events = await a.ok(`{ auditEvents(first: 4) { nodes { action subjectType subjectId actorId actorUserId after context } } }`);
    assert.deepEqual(
      events.auditEvents.nodes.map((e: any) => e.action),
      ["modelVersion.stageChange", "approvalRequest.resolve", "approvalDecision.create", "approvalRequest.create"],
    );
    assert.equal(events.auditEvents.nodes[0].after.stage, "STAGING");
    assert.equal(events.auditEvents.nodes[0].context.approvalRequestId, r.id);
    assert.deepEqual(
      [events.auditEvents.nodes[2].actorId, events.auditEvents.nodes[2].actorUserId],
      [approver!.tokenId, approver!.id],
      "the credential and the person",
    );

    const again = await decide(a, r.id, "APPROVE", (await people(a, 1)).approvers[0]!.token);
    assert.deepEqual(codes(again), ["CONFLICT"], "a resolved request takes no more decisions");
    assert.match(again.errors![0]!.message, /is APPROVED/);
    const next = await request(a, { modelVersionId: v, targetStage: "STAGING" }, contributor.token);
    assert.deepEqual(codes(next), ["PRECONDITION_FAILED"]);
    assert.match(next.errors![0]!.message, /already in STAGING/);
  });

  test("HIGH_RISK: approvals are refused with every missing piece named until the evidence is there; two approvers are needed", async () => {
    const a = api();
    await a.ok(Q.SET_POLICY, {
      i: {
        riskTier: "HIGH_RISK",
        requiredApprovals: 2,
        approverRoles: ["APPROVER", "ADMIN"],
        requiredSuites: ["fairness", "robustness"],
        minCardCompleteness: 0.8,
      },
    });
    const {
      contributor,
      approvers: [a1, a2],
    } = await people(a, 2);
    const sys = await system(a, null);
    const {
      versions: [v],
    } = await model(a, sys, 1, contributor.token);
    const r = (await request(a, { modelVersionId: v, targetStage: "PRODUCTION" }, contributor.token)).data.requestApproval;
    assert.equal(r.policy.riskTier, "UNCLASSIFIED", "the policy of the tier at request time is snapshotted");
    await classify(a, sys, "HIGH_RISK");
    await evaluate(a, v!, "fairness", false, contributor.token);
    await card(a, v!, 5, contributor.token);
    const before = await auditState(a);

    const refused = await decide(a, r.id, "APPROVE", a1!.token);
    assert.deepEqual(codes(refused), ["PRECONDITION_FAILED"]);
    const message = refused.errors![0]!.message;
    assert.match(message, /evaluation suite 'fairness' has no passed run on .* v1 \(latest run .* failed\)/);
    assert.match(message, /evaluation suite 'robustness' has no passed run on .* v1 \(never run\)/);
    assert.match(message, /card completeness 0\.42 < 0\.80/);
    const check = (await a.ok(Q.CHECK, { id: r.id })).approvalCheck;
    assert.equal(check.policy.riskTier, "HIGH_RISK", "the stricter of snapshot and current policy applies");
    assert.equal(check.requiredApprovals, 2);
    assert.deepEqual(
      check.unmet.map((u: any) => u.rule),
      ["EVALUATION_SUITE", "EVALUATION_SUITE", "CARD_COMPLETENESS"],
    );
    assert.equal(check.canBeApproved, false);
    assert.deepEqual(await auditState(a), before, "a refused decision writes nothing");

    await evaluate(a, v!, "fairness", true, contributor.token);
    await evaluate(a, v!, "robustness", true, contributor.token);
    await card(a, v!, 10, contributor.token);
    assert.equal((await a.ok(Q.CHECK, { id: r.id })).approvalCheck.canBeApproved, true);
    const first = (await decide(a, r.id, "APPROVE", a1!.token)).data.decideApproval;
    assert.deepEqual([first.request.status, first.approvals, first.requiredApprovals], ["PENDING", 1, 2]);
    assert.equal((await a.ok(Q.VERSION, { id: v })).modelVersion.stage, "DEVELOPMENT", "no transition before the policy is met");
    await evaluate(a, v!, "robustness", false, contributor.token);
    const stale = await decide(a, r.id, "APPROVE", a2!.token);
    assert.deepEqual(codes(stale), ["PRECONDITION_FAILED"], "preconditions are re-checked on the deciding vote");
    assert.match(stale.errors![0]!.message, /'robustness' has no passed run/);
    await evaluate(a, v!, "robustness", true, contributor.token);
    const second = (await decide(a, r.id, "APPROVE", a2!.token)).data.decideApproval;
    assert.deepEqual([second.request.status, second.approvals], ["PENDING", 1], "the first vote went stale: the evidence changed after it");
    const third = (await decide(a, r.id, "APPROVE", a1!.token)).data.decideApproval;
    assert.deepEqual([third.request.status, third.approvals], ["APPROVED", 2], "its approver voted again on the new evidence");
    assert.deepEqual(third.decision.evidence.versions[0].card, { revision: 2, completeness: 0.8333 });
    assert.deepEqual(
      third.decision.evidence.versions[0].evaluations.map((e: any) => [e.suite, e.passed]),
      [
        ["fairness", true],
        ["robustness", true],
      ],
    );
    assert.equal((await a.ok(Q.VERSION, { id: v })).modelVersion.stage, "PRODUCTION");
    const stored = (await a.ok(Q.GET, { id: r.id })).approvalRequest;
    assert.deepEqual(
      stored.decisions.map((d: any) => d.approverId),
      [a1!.id, a2!.id, a1!.id],
    );
    assert.equal(stored.modelVersion.stage, "PRODUCTION");
  });

  test("classification and PROHIBITED: unlinked models and unclassified systems are refused; a PROHIBITED system can never be approved, only rejected", async () => {
    const a = api();
    const {
      contributor,
      approvers: [a1, a2],
    } = await people(a, 2);
    const {
      versions: [loose],
    } = await model(a, null, 1, contributor.token);
    const r1 = (await request(a, { modelVersionId: loose, targetStage: "STAGING" }, contributor.token)).data.requestApproval;
    const res1 = await decide(a, r1.id, "APPROVE", a1!.token);
    assert.deepEqual(codes(res1), ["PRECONDITION_FAILED"]);
    assert.match(res1.errors![0]!.message, /is not linked to an AI system; the UNCLASSIFIED policy requires a classified system/);

    const unclassified = await system(a, null);
    const {
      versions: [v2],
    } = await model(a, unclassified, 1, contributor.token);
    const r2 = (await request(a, { modelVersionId: v2, targetStage: "STAGING" }, contributor.token)).data.requestApproval;
    const res2 = await decide(a, r2.id, "APPROVE", a1!.token);
    assert.match(res2.errors![0]!.message, /AI system ".*" is not classified/);

    const prohibited = await system(a, "PROHIBITED");
    const {
      versions: [v3],
    } = await model(a, prohibited, 1, contributor.token);
    const r3 = (await request(a, { modelVersionId: v3, targetStage: "STAGING" }, contributor.token)).data.requestApproval;
    assert.equal(r3.policy.blocked, true);
    const res3 = await decide(a, r3.id, "APPROVE", a1!.token);
    assert.deepEqual(codes(res3), ["PRECONDITION_FAILED"]);
    assert.match(res3.errors![0]!.message, /PROHIBITED AI system .* can never be approved/);
    const noComment = await decide(a, r3.id, "REJECT", a2!.token, "");
    assert.deepEqual(codes(noComment), ["VALIDATION"]);
    assert.equal(noComment.errors![0]!.extensions!.field, "comment");
    const rejected = (await decide(a, r3.id, "REJECT", a2!.token, "Art. 5 practice")).data.decideApproval;
    assert.equal(rejected.request.status, "REJECTED");
    assert.equal((await a.ok(Q.VERSION, { id: v3 })).modelVersion.stage, "DEVELOPMENT");
    assert.equal((await a.ok(Q.VERSION, { id: v3 })).modelVersion.approvedAt, null);
  });

  test("one REJECT rejects the request even after approvals; cancel by the requester or an admin only, while PENDING", async () => {
    const a = api();
    await a.ok(Q.SET_POLICY, { i: { riskTier: "TRANSPARENCY", requiredApprovals: 3, approverRoles: ["APPROVER"] } });
    const {
      contributor,
      approvers: [a1, a2],
      admin,
    } = await people(a, 2);
    const other = (await people(a, 0)).contributor;
    const sys = await system(a, "TRANSPARENCY");
    const {
      versions: [v1, v2, v3],
    } = await model(a, sys, 3, contributor.token);
    const r1 = (await request(a, { modelVersionId: v1, targetStage: "STAGING" }, contributor.token)).data.requestApproval;
    assert.equal((await decide(a, r1.id, "APPROVE", a1!.token)).data.decideApproval.request.status, "PENDING");
    const rej = (await decide(a, r1.id, "REJECT", a2!.token, "latency regression")).data.decideApproval;
    assert.equal(rej.request.status, "REJECTED");
    assert.deepEqual(codes(await a.gql(Q.CANCEL, { id: r1.id }, contributor.token)), ["CONFLICT"]);
    const adminRole = await decide(a, r1.id, "APPROVE", admin.token);
    assert.deepEqual(codes(adminRole), ["CONFLICT"]);

    const r2 = (await request(a, { modelVersionId: v2, targetStage: "STAGING" }, contributor.token)).data.requestApproval;
    const byOther = await a.gql(Q.CANCEL, { id: r2.id }, other.token);
    assert.deepEqual(codes(byOther), ["FORBIDDEN"]);
    const before = await auditState(a);
    const cancelled = (await a.ok(Q.CANCEL, { id: r2.id, r: "wrong version" }, contributor.token)).cancelApprovalRequest;
    assert.equal(cancelled.status, "CANCELLED");
    assert.ok(cancelled.resolvedAt);
    assert.equal((await auditState(a)).eventCount, before.eventCount + 1);
    assert.deepEqual(codes(await decide(a, r2.id, "APPROVE", a1!.token)), ["CONFLICT"]);
    const r3 = (await request(a, { modelVersionId: v3, targetStage: "STAGING" }, contributor.token)).data.requestApproval;
    assert.equal((await a.ok(Q.CANCEL, { id: r3.id }, admin.token)).cancelApprovalRequest.status, "CANCELLED", "an admin may cancel");
  });

  test("releases: every component version is checked; the transition sets the release's stage and archives the previous PRODUCTION release", async () => {
    const a = api();
    await a.ok(Q.SET_POLICY, {
      i: { riskTier: "MINIMAL", requiredApprovals: 1, approverRoles: ["APPROVER", "ADMIN"], requiredSuites: ["safety"], minCardCompleteness: 0.25 },
    });
    const {
      contributor,
      approvers: [a1],
    } = await people(a, 1);
    const sys = await system(a, "MINIMAL");
    const {
      versions: [base],
    } = await model(a, sys, 1, contributor.token);
    const {
      versions: [guard],
    } = await model(a, sys, 1, contributor.token);
    for (const v of [base!, guard!]) {
      await evaluate(a, v, "safety", true, contributor.token);
      await card(a, v, 3, contributor.token);
      // A release goes to production only with components approved for production.
      await decide(a, (await request(a, { modelVersionId: v, targetStage: "PRODUCTION" }, contributor.token)).data.requestApproval.id, "APPROVE", a1!.token);
    }
    const create = `mutation($i: CreateReleaseInput!) { createRelease(input: $i) { id number stage } }`;
    const components = [
      { role: "BASE_MODEL", modelVersionId: base },
      { role: "GUARDRAIL", modelVersionId: guard },
      { role: "RETRIEVAL_INDEX", externalRef: "vector://idx/1" },
    ];
    const rel1 = (await a.ok(create, { i: { systemId: sys, components } }, contributor.token)).createRelease;
    const rel2 = (await a.ok(create, { i: { systemId: sys, components } }, contributor.token)).createRelease;
    const alias = await request(a, { releaseId: rel1.id, targetAlias: "production" }, contributor.token);
    assert.deepEqual(codes(alias), ["VALIDATION"]);
    assert.equal(alias.errors![0]!.extensions!.field, "targetAlias");

    const q1 = (await request(a, { releaseId: rel1.id, targetStage: "PRODUCTION" }, contributor.token)).data.requestApproval;
    assert.equal(q1.subjectType, "RELEASE");
    assert.equal((await decide(a, q1.id, "APPROVE", a1!.token)).data.decideApproval.request.status, "APPROVED");
    await evaluate(a, guard!, "safety", false, contributor.token);
    const q2 = (await request(a, { releaseId: rel2.id, targetStage: "PRODUCTION", archivePrevious: true }, contributor.token)).data.requestApproval;
    const refused = await decide(a, q2.id, "APPROVE", a1!.token);
    assert.deepEqual(codes(refused), ["PRECONDITION_FAILED"]);
    assert.match(refused.errors![0]!.message, /'safety' has no passed run on .* v1/, "a failing component blocks the release");
    await evaluate(a, guard!, "safety", true, contributor.token);
    const ok = (await decide(a, q2.id, "APPROVE", a1!.token)).data.decideApproval;
    assert.equal(ok.decision.evidence.versions.length, 2, "evidence for each component version");
    const rels = await a.ok(`query($a: ID!, $b: ID!) { a: release(id: $a) { stage approvedAt } b: release(id: $b) { stage approvedAt } }`, {
      a: rel1.id,
      b: rel2.id,
    });
    assert.equal(rels.a.stage, "ARCHIVED");
    assert.ok(rels.a.approvedAt);
    assert.equal(rels.b.stage, "PRODUCTION");
    assert.ok(rels.b.approvedAt);
    assert.equal(await actionCount(a, "release.stageChange"), 2);
    assert.equal(await actionCount(a, "release.archive"), 1, "archiving is one action, whoever does it");
    await a.ok(Q.SET_POLICY, { i: { riskTier: "MINIMAL", requiredApprovals: 1, approverRoles: ["APPROVER", "ADMIN"] } });
  });

  test("bad input: coded errors naming the field, and nothing written", async () => {
    const a = api();
    const { contributor } = await people(a, 0);
    const sys = await system(a, "MINIMAL");
    const {
      versions: [v],
    } = await model(a, sys, 1, contributor.token);
    const before = await auditState(a);
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ targetStage: "STAGING" }, "modelVersionId"],
      [{ modelVersionId: v, releaseId: "r1", targetStage: "STAGING" }, "releaseId"],
      [{ modelVersionId: v }, "targetStage"],
      [{ modelVersionId: v, targetStage: "ARCHIVED" }, "targetStage"],
      [{ modelVersionId: v, targetStage: "DEVELOPMENT" }, "targetStage"],
      [{ modelVersionId: v, targetAlias: "Prod Alias" }, "targetAlias"],
      [{ modelVersionId: v, targetStage: "STAGING", archivePrevious: true }, "archivePrevious"],
      [{ modelVersionId: v, targetStage: "STAGING", justification: "  " }, "justification"],
      [{ modelVersionId: v, targetStage: "STAGING", justification: "j".repeat(5001) }, "justification"],
      [{ modelVersionId: "no-such-version", targetStage: "STAGING" }, "", "NOT_FOUND"],
      [{ releaseId: "no-such-release", targetStage: "STAGING" }, "", "NOT_FOUND"],
    ];
    for (const [input, field, code = "VALIDATION"] of cases) {
      const res = await request(a, input, contributor.token);
      assert.deepEqual(codes(res), [code], JSON.stringify(input));
      if (field) assert.equal(res.errors![0]!.extensions!.field, field, JSON.stringify(input));
    }
    const r = (await request(a, { modelVersionId: v, targetStage: "STAGING" }, contributor.token)).data.requestApproval;
    const dup = await request(a, { modelVersionId: v, targetStage: "STAGING" }, contributor.token);
    assert.deepEqual(codes(dup), ["CONFLICT"]);
    assert.match(dup.errors![0]!.message, new RegExp(r.id));
    const mid = await auditState(a);
    assert.equal(mid.eventCount, before.eventCount + 1);
    const approver = (await people(a, 1)).approvers[0]!;
    const afterPeople = await auditState(a);
    assert.deepEqual(codes(await a.gql(Q.DECIDE, { i: { requestId: r.id, decision: "MAYBE" } }, approver.token)), ["VALIDATION"]);
    const badComment = await decide(a, r.id, "APPROVE", approver.token, "c".repeat(5001));
    assert.equal(badComment.errors![0]!.extensions!.field, "comment");
    assert.deepEqual(codes(await decide(a, "no-such-request", "APPROVE", approver.token)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(Q.CANCEL, { id: "no-such-request" }, contributor.token)), ["NOT_FOUND"]);
    assert.deepEqual(await auditState(a), afterPeople);
  });

  test("isolation: another organisation's ids are NOT_FOUND and its lists are empty", async () => {
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
    const b = a.orgB.tokens.ADMIN;
    assert.deepEqual(codes(await a.gql(Q.GET, { id: r.id }, b)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(Q.CHECK, { id: r.id }, b)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await decide(a, r.id, "APPROVE", b)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(Q.CANCEL, { id: r.id }, b)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await request(a, { modelVersionId: v, targetStage: "PRODUCTION" }, b)), ["NOT_FOUND"]);
    assert.equal((await a.ok(Q.LIST, {}, b)).approvalRequests.totalCount, 0);
    assert.equal((await decide(a, r.id, "APPROVE", a1!.token)).data.decideApproval.request.status, "APPROVED", "org A's request is untouched");
  });

  test("roles: viewers and auditors cannot request or decide; contributors cannot decide under the default policy", async () => {
    const a = api();
    const { contributor } = await people(a, 0);
    const sys = await system(a, "MINIMAL");
    const {
      versions: [v],
    } = await model(a, sys, 1, contributor.token);
    for (const role of ["VIEWER", "AUDITOR"] as const) {
      assert.deepEqual(codes(await request(a, { modelVersionId: v, targetStage: "STAGING" }, a.orgA.tokens[role])), ["FORBIDDEN"]);
    }
    const r = (await request(a, { modelVersionId: v, targetStage: "STAGING" }, contributor.token)).data.requestApproval;
    for (const role of ["VIEWER", "AUDITOR"] as const) assert.deepEqual(codes(await decide(a, r.id, "APPROVE", a.orgA.tokens[role])), ["FORBIDDEN"]);
    const other = (await people(a, 0)).contributor;
    const res = await decide(a, r.id, "APPROVE", other.token);
    assert.deepEqual(codes(res), ["FORBIDDEN"]);
    assert.match(res.errors![0]!.message, /Role CONTRIBUTOR may not decide under the MINIMAL approval policy \(approver roles: APPROVER, ADMIN\)/);
    assert.equal((await a.ok(Q.GET, { id: r.id }, a.orgA.tokens.VIEWER)).approvalRequest.status, "PENDING", "viewers read requests");
  });
});
