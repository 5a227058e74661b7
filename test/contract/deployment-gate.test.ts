// Deployments respect the gate: by default a PRODUCTION deployment of anything not approved for
// production is refused with the rule; an organisation may choose "record and flag" instead, and then
// the deployment is stored as a policy violation, audited, sent as a webhook event and listed.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codes, describeContract } from "../support/contract";
import { decide, request } from "../support/fixtures/approvals";
import { people } from "../support/fixtures/people";
import { model, system } from "../support/fixtures/registry";

const RECORD = `mutation($i: RecordDeploymentInput!) { recordDeployment(input: $i) { id policyViolation violations } }`;
const GATES = `{ deploymentGates { environment mode isDefault } }`;
const SET_GATE = `mutation($e: Environment!, $m: DeploymentGateMode!) { setDeploymentGate(environment: $e, mode: $m) { environment mode isDefault } }`;

describeContract("deployments: the gate", (api) => {
  test("defaults: PRODUCTION enforces, STAGING is open, DEVELOPMENT is never gated; approved versions deploy", async () => {
    const a = api();
    assert.deepEqual((await a.ok(GATES)).deploymentGates, [
      { environment: "STAGING", mode: "OPEN", isDefault: true },
      { environment: "PRODUCTION", mode: "ENFORCE", isDefault: true },
    ]);
    const {
      contributor,
      approvers: [a1],
    } = await people(a, 1);
    const {
      versions: [v1, v2],
    } = await model(a, await system(a, "MINIMAL"), 2, contributor.token);
    for (const environment of ["DEVELOPMENT", "STAGING"]) {
      const d = (await a.ok(RECORD, { i: { modelVersionId: v1, environment, target: "t" } }, contributor.token)).recordDeployment;
      assert.deepEqual([d.policyViolation, d.violations], [false, []]);
    }
    assert.deepEqual(codes(await a.gql(RECORD, { i: { modelVersionId: v1, environment: "PRODUCTION", target: "t" } }, contributor.token)), [
      "PRECONDITION_FAILED",
    ]);
    await decide(a, (await request(a, { modelVersionId: v2, targetStage: "STAGING" }, contributor.token)).data.requestApproval.id, "APPROVE", a1!.token);
    assert.deepEqual(
      codes(await a.gql(RECORD, { i: { modelVersionId: v2, environment: "PRODUCTION", target: "t" } }, contributor.token)),
      ["PRECONDITION_FAILED"],
      "STAGING approval is not production",
    );
    await decide(a, (await request(a, { modelVersionId: v2, targetStage: "PRODUCTION" }, contributor.token)).data.requestApproval.id, "APPROVE", a1!.token);
    const ok = (await a.ok(RECORD, { i: { modelVersionId: v2, environment: "PRODUCTION", target: "t" } }, contributor.token)).recordDeployment;
    assert.equal(ok.policyViolation, false);
  });

  test("only admins set gates; PRODUCTION can never be OPEN; an enforcing STAGING gate refuses DEVELOPMENT versions", async () => {
    const a = api();
    assert.deepEqual(codes(await a.gql(SET_GATE, { e: "PRODUCTION", m: "RECORD_AND_FLAG" }, a.orgA.tokens.APPROVER)), ["FORBIDDEN"]);
    const open = await a.gql(SET_GATE, { e: "PRODUCTION", m: "OPEN" });
    assert.deepEqual([codes(open), open.errors![0]!.extensions!.field], [["VALIDATION"], "mode"]);
    assert.deepEqual(codes(await a.gql(SET_GATE, { e: "DEVELOPMENT", m: "ENFORCE" })), ["VALIDATION"]);
    assert.deepEqual((await a.ok(SET_GATE, { e: "STAGING", m: "ENFORCE" })).setDeploymentGate, { environment: "STAGING", mode: "ENFORCE", isDefault: false });
    const { contributor } = await people(a, 0);
    const {
      versions: [v],
    } = await model(a, await system(a, "MINIMAL"), 1, contributor.token);
    const res = await a.gql(RECORD, { i: { modelVersionId: v, environment: "STAGING", target: "t" } }, contributor.token);
    assert.deepEqual(codes(res), ["PRECONDITION_FAILED"]);
    assert.equal((res.errors![0]!.extensions!.details as any).rules[0].rule, "DEPLOYMENT_NOT_APPROVED");
    await a.ok(SET_GATE, { e: "STAGING", m: "OPEN" });
  });

  test("record and flag: stored as a policy violation, audited, sent to webhooks and listed", async () => {
    const a = api();
    const { createWebhook } = await a.ok(`mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { webhook { id } } }`, {
      i: { url: "http://127.0.0.1:9/never", events: ["deployment.policy_violation", "deployment.recorded"] },
    });
    await a.ok(SET_GATE, { e: "PRODUCTION", m: "RECORD_AND_FLAG" });
    try {
      const { contributor } = await people(a, 0);
      const {
        versions: [v],
      } = await model(a, await system(a, "MINIMAL"), 1, contributor.token);
      const d = (await a.ok(RECORD, { i: { modelVersionId: v, environment: "PRODUCTION", target: "pipeline-first" } }, contributor.token)).recordDeployment;
      assert.equal(d.policyViolation, true);
      assert.equal(d.violations[0].rule, "DEPLOYMENT_NOT_APPROVED");
      const flagged = (await a.ok(`{ deployments(first: 100, filter: { policyViolation: true }) { nodes { id } } }`)).deployments.nodes;
      assert.deepEqual(
        flagged.map((n: any) => n.id),
        [d.id],
      );
      const event = (await a.ok(`query($id: String) { auditEvents(first: 1, filter: { subjectId: $id }) { nodes { action } } }`, { id: d.id })).auditEvents
        .nodes[0];
      assert.equal(event.action, "deployment.recordFlagged");
      const deliveries = (
        await a.ok(`query($id: ID!) { webhookDeliveries(webhookId: $id, first: 10) { nodes { eventType } } }`, { id: createWebhook.webhook.id })
      ).webhookDeliveries.nodes;
      assert.deepEqual(
        deliveries.map((x: any) => x.eventType),
        ["deployment.policy_violation"],
      );
    } finally {
      await a.ok(SET_GATE, { e: "PRODUCTION", m: "ENFORCE" });
    }
  });
});
