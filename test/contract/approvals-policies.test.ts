// Approval policies: built-in defaults for every risk tier, admins set their own (validated, audited),
// the policy is snapshotted on each request, and a decision is held to the stricter of that snapshot
// and the policy in force when it is taken.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codes, describeContract } from "../support/contract";
import { decide, Q, request } from "../support/fixtures/approvals";
import { auditState } from "../support/fixtures/audit";
import { people } from "../support/fixtures/people";
import { model, system } from "../support/fixtures/registry";

const DEFAULTS = [
  {
    riskTier: "UNCLASSIFIED",
    requiredApprovals: 1,
    approverRoles: ["APPROVER", "ADMIN"],
    requiredSuites: [],
    minCardCompleteness: 0,
    requireClassification: true,
    blocked: false,
    isDefault: true,
    updatedAt: null,
  },
  {
    riskTier: "PROHIBITED",
    requiredApprovals: 1,
    approverRoles: ["APPROVER", "ADMIN"],
    requiredSuites: [],
    minCardCompleteness: 0,
    requireClassification: true,
    blocked: true,
    isDefault: true,
    updatedAt: null,
  },
  {
    riskTier: "HIGH_RISK",
    requiredApprovals: 2,
    approverRoles: ["APPROVER", "ADMIN"],
    requiredSuites: [],
    minCardCompleteness: 0.8,
    requireClassification: true,
    blocked: false,
    isDefault: true,
    updatedAt: null,
  },
  {
    riskTier: "TRANSPARENCY",
    requiredApprovals: 1,
    approverRoles: ["APPROVER", "ADMIN"],
    requiredSuites: [],
    minCardCompleteness: 0.5,
    requireClassification: true,
    blocked: false,
    isDefault: true,
    updatedAt: null,
  },
  {
    riskTier: "MINIMAL",
    requiredApprovals: 1,
    approverRoles: ["APPROVER", "ADMIN"],
    requiredSuites: [],
    minCardCompleteness: 0,
    requireClassification: true,
    blocked: false,
    isDefault: true,
    updatedAt: null,
  },
];

describeContract("approvals: policies", (api) => {
  test("every tier has a default policy; high risk is stricter than minimal; any role may read them", async () => {
    const a = api();
    const { approvalPolicies } = await a.ok(Q.POLICIES, {}, a.orgA.tokens.VIEWER);
    assert.deepEqual(approvalPolicies, DEFAULTS);
  });

  test("admins set a tier's policy: validated, audited with before and after, scoped to their organisation", async () => {
    const a = api();
    const before = await auditState(a);
    const input = {
      riskTier: "HIGH_RISK",
      requiredApprovals: 3,
      approverRoles: ["ADMIN", "APPROVER", "APPROVER"],
      requiredSuites: ["robustness", "fairness"],
      minCardCompleteness: 0.9,
    };
    const set = (await a.ok(Q.SET_POLICY, { i: input })).setApprovalPolicy;
    assert.deepEqual(set, {
      riskTier: "HIGH_RISK",
      requiredApprovals: 3,
      approverRoles: ["ADMIN", "APPROVER"],
      requiredSuites: ["fairness", "robustness"],
      minCardCompleteness: 0.9,
      requireClassification: true,
      blocked: false,
      isDefault: false,
    });
    const listed = (await a.ok(Q.POLICIES)).approvalPolicies.find((p: any) => p.riskTier === "HIGH_RISK");
    assert.equal(listed.isDefault, false);
    assert.ok(listed.updatedAt);
    assert.equal((await auditState(a)).eventCount, before.eventCount + 1);
    const event = (await a.ok(`{ auditEvents(filter: { action: "approvalPolicy.set" }, first: 1) { nodes { subjectType before after context } } }`)).auditEvents
      .nodes[0];
    assert.equal(event.subjectType, "ApprovalPolicy");
    assert.equal(event.before, null, "the tier had no policy record of its own");
    assert.equal(event.context.replacedDefault.requiredApprovals, 2, "the default it replaced is kept as context");
    assert.equal(event.context.replacedDefault.isDefault, true);
    assert.equal(event.after.requiredApprovals, 3);
    assert.deepEqual(event.after.requiredSuites, ["fairness", "robustness"]);

    const again = (await a.ok(Q.SET_POLICY, { i: { ...input, requiredApprovals: 2, requireClassification: false } })).setApprovalPolicy;
    assert.deepEqual([again.requiredApprovals, again.requireClassification], [2, false], "setting again replaces the policy");
    const b = (await a.ok(Q.POLICIES, {}, a.orgB.tokens.ADMIN)).approvalPolicies;
    assert.deepEqual(b, DEFAULTS, "another organisation keeps its defaults");
  });

  test("bad input is refused naming the field, and nothing is written; only admins may set policies", async () => {
    const a = api();
    const ok = { riskTier: "MINIMAL", requiredApprovals: 1, approverRoles: ["APPROVER"] };
    const before = await auditState(a);
    const cases: [Record<string, unknown>, string][] = [
      [{ riskTier: "PROHIBITED" }, "riskTier"],
      [{ requiredApprovals: 0 }, "requiredApprovals"],
      [{ requiredApprovals: 11 }, "requiredApprovals"],
      [{ approverRoles: [] }, "approverRoles"],
      [{ approverRoles: ["VIEWER"] }, "approverRoles"],
      [{ approverRoles: ["AUDITOR", "ADMIN"] }, "approverRoles"],
      [{ minCardCompleteness: 1.5 }, "minCardCompleteness"],
      [{ minCardCompleteness: -0.1 }, "minCardCompleteness"],
      [{ requiredSuites: ["has space"] }, "requiredSuites"],
      [{ requiredSuites: Array.from({ length: 51 }, (_, i) => `s${i}`) }, "requiredSuites"],
    ];
    for (const [patch, field] of cases) {
      const res = await a.gql(Q.SET_POLICY, { i: { ...ok, ...patch } });
      assert.deepEqual(codes(res), ["VALIDATION"], JSON.stringify(patch));
      assert.equal(res.errors![0]!.extensions!.field, field, JSON.stringify(patch));
    }
    for (const role of ["VIEWER", "CONTRIBUTOR", "APPROVER", "AUDITOR"] as const) {
      assert.deepEqual(codes(await a.gql(Q.SET_POLICY, { i: ok }, a.orgA.tokens[role])), ["FORBIDDEN"], role);
    }
    assert.deepEqual(await auditState(a), before);
    assert.equal((await a.ok(Q.POLICIES)).approvalPolicies.find((p: any) => p.riskTier === "MINIMAL").isDefault, true);
  });

  test("the policy is snapshotted on the request; a stricter policy set later applies, a looser one does not", async () => {
    const a = api();
    const {
      contributor,
      approvers: [a1, a2, a3],
    } = await people(a, 3);
    const sys = await system(a, "TRANSPARENCY");
    const {
      versions: [v1, v2],
    } = await model(a, sys, 2, contributor.token);
    await a.ok(Q.SET_POLICY, { i: { riskTier: "TRANSPARENCY", requiredApprovals: 2, approverRoles: ["APPROVER", "ADMIN"] } });
    const r1 = (await request(a, { modelVersionId: v1, targetStage: "STAGING" }, contributor.token)).data.requestApproval;
    assert.deepEqual([r1.policy.riskTier, r1.policy.requiredApprovals, r1.policy.isDefault], ["TRANSPARENCY", 2, false]);

    await a.ok(Q.SET_POLICY, { i: { riskTier: "TRANSPARENCY", requiredApprovals: 1, approverRoles: ["APPROVER", "ADMIN"] } });
    const first = (await decide(a, r1.id, "APPROVE", a1!.token)).data.decideApproval;
    assert.deepEqual([first.request.status, first.requiredApprovals], ["PENDING", 2], "loosening the policy does not loosen a pending request");
    assert.equal((await a.ok(Q.GET, { id: r1.id })).approvalRequest.policy.requiredApprovals, 2, "the snapshot is kept");
    assert.equal((await decide(a, r1.id, "APPROVE", a2!.token)).data.decideApproval.request.status, "APPROVED");

    const r2 = (await request(a, { modelVersionId: v2, targetStage: "STAGING" }, contributor.token)).data.requestApproval;
    assert.equal(r2.policy.requiredApprovals, 1);
    await a.ok(Q.SET_POLICY, { i: { riskTier: "TRANSPARENCY", requiredApprovals: 3, approverRoles: ["APPROVER"] } });
    const adminVote = await decide(a, r2.id, "APPROVE", a.orgA.tokens.ADMIN);
    assert.deepEqual(codes(adminVote), ["FORBIDDEN"], "roles are the intersection of snapshot and current policy");
    assert.match(adminVote.errors![0]!.message, /Role ADMIN may not decide .*approver roles: APPROVER\)/);
    const one = (await decide(a, r2.id, "APPROVE", a1!.token)).data.decideApproval;
    assert.deepEqual([one.request.status, one.approvals, one.requiredApprovals], ["PENDING", 1, 3], "tightening applies to a pending request");
    await decide(a, r2.id, "APPROVE", a2!.token);
    assert.equal((await decide(a, r2.id, "APPROVE", a3!.token)).data.decideApproval.request.status, "APPROVED");
    assert.equal(
      (await a.ok(Q.GET, { id: r2.id })).approvalRequest.decisions[2].evidence.policy.requiredApprovals,
      3,
      "the applied policy is part of the evidence",
    );
  });

  test("reclassifying the system after the request tightens it: a system now PROHIBITED blocks approval", async () => {
    const a = api();
    const {
      contributor,
      approvers: [a1],
    } = await people(a, 1);
    const sys = await system(a, "MINIMAL");
    const {
      versions: [v],
    } = await model(a, sys, 1, contributor.token);
    const r = (await request(a, { modelVersionId: v, targetStage: "PRODUCTION" }, contributor.token)).data.requestApproval;
    assert.equal(r.policy.riskTier, "MINIMAL");
    await a.ok(`mutation($id: ID!) { classifyAISystem(id: $id, input: { operatorRole: DEPLOYER, riskTier: PROHIBITED }) { id } }`, { id: sys });
    const res = await decide(a, r.id, "APPROVE", a1!.token);
    assert.deepEqual(codes(res), ["PRECONDITION_FAILED"]);
    assert.match(res.errors![0]!.message, /PROHIBITED/);
    const check = (await a.ok(Q.CHECK, { id: r.id })).approvalCheck;
    assert.deepEqual(
      check.unmet.map((u: any) => u.rule),
      ["PROHIBITED"],
    );
  });
});
