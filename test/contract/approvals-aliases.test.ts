// Protected aliases move only through an approved request or a rollback; requests move (or create)
// aliases with history and archive the previous production version when asked; rollback is one
// audited operation for approvers, to a version approved before.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codes, describeContract } from "../support/contract";
import { decide, Q, request } from "../support/fixtures/approvals";
import { actionCount, auditState } from "../support/fixtures/audit";
import { people } from "../support/fixtures/people";
import { model, system } from "../support/fixtures/registry";

describeContract("approvals: protected aliases and rollback", (api) => {
  test("an approved request creates a protected alias, moves it, sets the stage and archives the previous production version", async () => {
    const a = api();
    const {
      contributor,
      approvers: [a1],
    } = await people(a, 1);
    const sys = await system(a, "MINIMAL");
    const {
      modelId,
      versions: [v1, v2],
    } = await model(a, sys, 2, contributor.token);
    const r1 = (await request(a, { modelVersionId: v1, targetStage: "PRODUCTION", targetAlias: "production" }, contributor.token)).data.requestApproval;
    await decide(a, r1.id, "APPROVE", a1!.token);
    const alias1 = (await a.ok(`query($m: ID!) { aliases(modelId: $m) { nodes { name versionId protected } } }`, { m: modelId })).aliases.nodes;
    assert.deepEqual(alias1, [{ name: "production", versionId: v1, protected: true }], "created protected by the approval");

    const direct = await a.gql(Q.SET_ALIAS, { i: { modelId, name: "production", versionId: v2, reason: "just do it" } }, a.orgA.tokens.ADMIN);
    assert.deepEqual(codes(direct), ["PRECONDITION_FAILED"]);
    assert.match(
      direct.errors![0]!.message,
      /Alias "production" is protected: a protected alias is created, protected and moved only by an approved approval request/,
    );
    assert.deepEqual(codes(await a.gql(Q.DELETE_ALIAS, { m: modelId, n: "production" }, a.orgA.tokens.ADMIN)), ["PRECONDITION_FAILED"]);

    const before = await auditState(a);
    const r2 = (await request(a, { modelVersionId: v2, targetStage: "PRODUCTION", targetAlias: "production", archivePrevious: true }, contributor.token)).data
      .requestApproval;
    const d = (await decide(a, r2.id, "APPROVE", a1!.token)).data.decideApproval;
    assert.equal(d.request.status, "APPROVED");
    const versions = await a.ok(
      `query($a: ID!, $b: ID!) { a: modelVersion(id: $a) { stage approvedAt archivedAt } b: modelVersion(id: $b) { stage approvedAt } }`,
      { a: v1, b: v2 },
    );
    assert.equal(versions.a.stage, "ARCHIVED");
    assert.ok(versions.a.archivedAt && versions.a.approvedAt);
    assert.equal(versions.b.stage, "PRODUCTION");
    const history = (await a.ok(Q.HISTORY, { m: modelId, n: "production" })).aliasHistory;
    assert.deepEqual(
      history.nodes.map((h: any) => [h.fromVersionId, h.toVersionId, h.reason, h.actorId]),
      [
        [v1, v2, `approval request ${r2.id}`, a1!.id],
        [null, v1, `approval request ${r1.id}`, a1!.id],
      ],
    );
    const events = (await a.ok(`{ auditEvents(first: 6) { nodes { action subjectId } } }`)).auditEvents.nodes;
    assert.deepEqual(
      events.map((e: any) => e.action),
      ["modelVersion.archive", "alias.move", "modelVersion.stageChange", "approvalRequest.resolve", "approvalDecision.create", "approvalRequest.create"],
    );
    assert.deepEqual([events[0].subjectId, events[2].subjectId], [v1, v2]);
    assert.equal((await auditState(a)).eventCount, before.eventCount + 6);
  });

  test("archivePrevious is refused while another alias still points to the previous production version", async () => {
    const a = api();
    const {
      contributor,
      approvers: [a1],
    } = await people(a, 1);
    const sys = await system(a, "MINIMAL");
    const {
      modelId,
      versions: [v1, v2],
    } = await model(a, sys, 2, contributor.token);
    await decide(a, (await request(a, { modelVersionId: v1, targetStage: "PRODUCTION" }, contributor.token)).data.requestApproval.id, "APPROVE", a1!.token);
    await a.ok(Q.SET_ALIAS, { i: { modelId, name: "champion", versionId: v1 } }, contributor.token);
    const r = (await request(a, { modelVersionId: v2, targetStage: "PRODUCTION", archivePrevious: true }, contributor.token)).data.requestApproval;
    const res = await decide(a, r.id, "APPROVE", a1!.token);
    assert.deepEqual(codes(res), ["PRECONDITION_FAILED"]);
    assert.match(res.errors![0]!.message, /previous production version .* v1 is the target of alias "champion"; move or delete that alias/);
    await a.ok(Q.SET_ALIAS, { i: { modelId, name: "champion", versionId: v2 } }, contributor.token);
    assert.equal((await decide(a, r.id, "APPROVE", a1!.token)).data.decideApproval.request.status, "APPROVED");
    assert.equal((await a.ok(Q.VERSION, { id: v1 })).modelVersion.stage, "ARCHIVED");
  });

  test("protecting happens only through an approved request: setAlias refuses it for every role; the transition protects in place", async () => {
    const a = api();
    const {
      contributor,
      approvers: [a1],
      admin,
    } = await people(a, 1);
    const {
      modelId,
      versions: [v1],
    } = await model(a, await system(a, "MINIMAL"), 1, contributor.token);
    for (const who of [contributor, a1!, admin]) {
      const res = await a.gql(Q.SET_ALIAS, { i: { modelId, name: "prod", versionId: v1, protected: true } }, who.token);
      assert.deepEqual(codes(res), ["PRECONDITION_FAILED"], who.role);
      assert.match(res.errors![0]!.message, /cannot be created protected/);
    }
    await a.ok(Q.SET_ALIAS, { i: { modelId, name: "prod", versionId: v1 } }, contributor.token);
    const r = (await request(a, { modelVersionId: v1, targetAlias: "prod" }, contributor.token)).data.requestApproval;
    assert.equal((await decide(a, r.id, "APPROVE", a1!.token)).data.decideApproval.request.status, "APPROVED");
    const aliases = (await a.ok(`query($m: ID!) { aliases(modelId: $m) { nodes { name versionId protected } } }`, { m: modelId })).aliases.nodes;
    assert.deepEqual(aliases, [{ name: "prod", versionId: v1, protected: true }]);
    assert.equal(await actionCount(a, "alias.protect"), 1);
    const again = await request(a, { modelVersionId: v1, targetAlias: "prod" }, contributor.token);
    assert.deepEqual(codes(again), ["PRECONDITION_FAILED"], "a protected alias that already points there needs no request");
  });

  test("rollback: approvers point a protected alias back to a version approved before, with a reason, audited and in the history", async () => {
    const a = api();
    const {
      contributor,
      approvers: [a1],
    } = await people(a, 1);
    const sys = await system(a, "MINIMAL");
    const {
      modelId,
      versions: [v1, v2, v3],
    } = await model(a, sys, 3, contributor.token);
    for (const v of [v1, v2]) {
      const r = (await request(a, { modelVersionId: v, targetStage: "PRODUCTION", targetAlias: "production" }, contributor.token)).data.requestApproval;
      assert.equal((await decide(a, r.id, "APPROVE", a1!.token)).data.decideApproval.request.status, "APPROVED");
    }
    const {
      versions: [otherV],
    } = await model(a, sys, 1, contributor.token);
    const before = await auditState(a);
    const input = { modelId, alias: "production", toVersionId: v1, reason: "latency regression in v2" };
    for (const role of ["VIEWER", "CONTRIBUTOR", "AUDITOR"] as const) {
      assert.deepEqual(codes(await a.gql(Q.ROLLBACK, { i: input }, a.orgA.tokens[role])), ["FORBIDDEN"], role);
    }
    const bad: [Record<string, unknown>, string, string][] = [
      [{ reason: " " }, "reason", "VALIDATION"],
      [{ toVersionId: "" }, "toVersionId", "VALIDATION"],
      [{ alias: "Not An Alias" }, "alias", "VALIDATION"],
      [{ alias: "staging" }, "", "NOT_FOUND"],
      [{ modelId: "no-such-model" }, "", "NOT_FOUND"],
      [{ toVersionId: v3 }, "", "PRECONDITION_FAILED"],
      [{ toVersionId: v2 }, "", "CONFLICT"],
    ];
    for (const [patch, field, code] of bad) {
      const res = await a.gql(Q.ROLLBACK, { i: { ...input, ...patch } }, a1!.token);
      assert.deepEqual(codes(res), [code], JSON.stringify(patch));
      if (field) assert.equal(res.errors![0]!.extensions!.field, field);
    }
    const never = await a.gql(Q.ROLLBACK, { i: { ...input, toVersionId: v3 } }, a1!.token);
    assert.match(never.errors![0]!.message, /never pointed to .* v3 through an approved change/);
    const other = await a.gql(Q.ROLLBACK, { i: { ...input, toVersionId: otherV } }, a1!.token);
    assert.equal(other.errors![0]!.extensions!.field, "toVersionId");
    assert.deepEqual(await auditState(a), before, "refusals write nothing");

    const rolled = (await a.ok(Q.ROLLBACK, { i: input }, a1!.token)).rollbackAlias;
    assert.deepEqual([rolled.versionId, rolled.protected], [v1, true]);
    assert.equal((await a.ok(`query($m: ID!) { modelVersionByAlias(modelId: $m, alias: "production") { id } }`, { m: modelId })).modelVersionByAlias.id, v1);
    const history = (await a.ok(Q.HISTORY, { m: modelId, n: "production" })).aliasHistory.nodes[0];
    assert.deepEqual([history.fromVersionId, history.toVersionId, history.reason, history.actorId], [v2, v1, "rollback: latency regression in v2", a1!.id]);
    assert.equal((await auditState(a)).eventCount, before.eventCount + 1);
    const event = (await a.ok(`{ auditEvents(first: 1) { nodes { action subjectType before after context } } }`)).auditEvents.nodes[0];
    assert.deepEqual(
      [event.action, event.subjectType, event.before.versionId, event.after.versionId, event.context.reason],
      ["alias.rollback", "Alias", v2, v1, "rollback: latency regression in v2"],
    );
    assert.equal(
      (await a.ok(Q.ROLLBACK, { i: { ...input, toVersionId: v2, reason: "fixed" } }, a.orgA.tokens.ADMIN)).rollbackAlias.versionId,
      v2,
      "admins may roll forward too",
    );
  });

  test("isolation: another organisation can neither roll back nor request moves of these aliases", async () => {
    const a = api();
    const {
      contributor,
      approvers: [a1],
    } = await people(a, 1);
    const sys = await system(a, "MINIMAL");
    const {
      modelId,
      versions: [v1, v2],
    } = await model(a, sys, 2, contributor.token);
    for (const v of [v1, v2])
      await decide(
        a,
        (await request(a, { modelVersionId: v, targetStage: "STAGING", targetAlias: "production" }, contributor.token)).data.requestApproval.id,
        "APPROVE",
        a1!.token,
      );
    const b = a.orgB.tokens.ADMIN;
    assert.deepEqual(codes(await a.gql(Q.ROLLBACK, { i: { modelId, alias: "production", toVersionId: v1, reason: "x" } }, b)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await request(a, { modelVersionId: v1, targetAlias: "production" }, b)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(Q.SET_ALIAS, { i: { modelId, name: "production", versionId: v1 } }, b)), ["NOT_FOUND"]);
    assert.equal((await a.ok(`query($m: ID!) { modelVersionByAlias(modelId: $m, alias: "production") { id } }`, { m: modelId })).modelVersionByAlias.id, v2);
  });
});
