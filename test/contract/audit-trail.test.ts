import assert from "node:assert/strict";
import { test } from "node:test";
import { describeContract } from "../support/contract";

describeContract("audit trail", (api) => {
  test("every successful mutation writes exactly one chained audit event with before and after", async () => {
    const a = api();
    const before = (await a.ok(`{ verifyAuditChain { eventCount valid } }`)).verifyAuditChain;
    const { createAISystem: s } = await a.ok(`mutation { createAISystem(input: { reference: "audited", name: "Audited" }) { id } }`);
    await a.ok(`mutation($id: ID!) { updateAISystem(id: $id, input: { name: "Audited 2" }) { id } }`, { id: s.id });
    const failed = await a.gql(`mutation($id: ID!) { updateAISystem(id: $id, input: { memberStates: ["XX"] }) { id } }`, { id: s.id });
    assert.ok(failed.errors);
    const after = (await a.ok(`{ verifyAuditChain { eventCount valid } }`)).verifyAuditChain;
    assert.equal(after.eventCount, before.eventCount + 2);
    assert.equal(after.valid, true);
    const events = await a.ok(
      `query($id: String) { auditEvents(filter: { subjectId: $id }) { totalCount nodes { seq action actorType before after prevHash hash } } }`,
      { id: s.id },
    );
    assert.equal(events.auditEvents.totalCount, 2);
    const [update, create] = events.auditEvents.nodes;
    assert.equal(create.action, "aiSystem.create");
    assert.equal(update.action, "aiSystem.update");
    assert.equal(update.seq, create.seq + 1);
    assert.equal(update.prevHash, create.hash);
    assert.equal(update.before.name, "Audited");
    assert.equal(update.after.name, "Audited 2");
    assert.equal(update.actorType, "TOKEN");
  });

  test("audit events filter by action, actor and time range", async () => {
    const a = api();
    const since = new Date(Date.now() - 1000).toISOString();
    await a.ok(`mutation { createAISystem(input: { reference: "filter-me", name: "Filter me" }) { id } }`, {}, a.orgA.tokens.CONTRIBUTOR);
    const viewer = await a.ok(`{ viewer { actorId } }`, {}, a.orgA.tokens.CONTRIBUTOR);
    const byActor = await a.ok(
      `query($actor: String, $from: DateTime) { auditEvents(filter: { actorId: $actor, action: "aiSystem.create", from: $from }) { totalCount nodes { action actorId } } }`,
      { actor: viewer.viewer.actorId, from: since },
    );
    assert.equal(byActor.auditEvents.totalCount, 1);
    const future = await a.ok(`{ auditEvents(filter: { from: "2999-01-01T00:00:00Z" }) { totalCount } }`);
    assert.equal(future.auditEvents.totalCount, 0);
  });
});
