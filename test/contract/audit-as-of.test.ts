// The audit trail as a source of record: every event holds whole records, so any subject's state at any
// instant is rebuilt from the trail; and the trail accounts for every row (a change behind the API's back
// shows up as a mismatch).
import assert from "node:assert/strict";
import { test } from "node:test";
import { codes, describeContract } from "../support/contract";
import { openOwnerSql } from "../support/fixtures/owner-sql";

const AS_OF = `query($t: String!, $id: ID!, $at: DateTime) { recordAsOf(subjectType: $t, subjectId: $id, at: $at) { record seq action changedAt } }`;
const RECONCILE = `{ reconcileAuditTrail { consistent checked mismatches { subjectType subjectId problem fields } } }`;
const pause = () => new Promise((r) => setTimeout(r, 15));

describeContract(
  "audit trail: as-of readers and reconciliation",
  (api) => {
    test("a subject's whole record at any instant: before it existed, after each change, after its removal", async () => {
      const a = api();
      const { createModel: m } = await a.ok(`mutation { createModel(input: { name: "as-of-model", kind: LLM, tags: ["b", "a"] }) { id } }`);
      const { registerModelVersion: v1 } = await a.ok(
        `mutation($m: ID!) { registerModelVersion(input: { modelId: $m, artifactUri: "s3://x/1", artifactDigest: "${"1".repeat(64)}", tags: ["t2", "t1"] }) { id } }`,
        { m: m.id },
      );
      const { registerModelVersion: v2 } = await a.ok(
        `mutation($m: ID!) { registerModelVersion(input: { modelId: $m, artifactUri: "s3://x/2", artifactDigest: "${"2".repeat(64)}" }) { id } }`,
        { m: m.id },
      );
      const beforeAlias = new Date().toISOString();
      await pause();
      const { setAlias } = await a.ok(
        `mutation($m: ID!, $v: ID!) { setAlias(input: { modelId: $m, name: "candidate", versionId: $v, reason: "first" }) { id } }`,
        { m: m.id, v: v1.id },
      );
      await pause();
      const atV1 = new Date().toISOString();
      await pause();
      await a.ok(`mutation($m: ID!, $v: ID!) { setAlias(input: { modelId: $m, name: "candidate", versionId: $v }) { id } }`, { m: m.id, v: v2.id });
      await pause();
      const atV2 = new Date().toISOString();
      await pause();
      await a.ok(`mutation($m: ID!) { deleteAlias(modelId: $m, name: "candidate") { id } }`, { m: m.id });

      const at = async (when?: string) => (await a.ok(AS_OF, { t: "Alias", id: setAlias.id, at: when }, a.orgA.tokens.AUDITOR)).recordAsOf;
      assert.equal((await at(beforeAlias)).record, null, "not there yet");
      const first = await at(atV1);
      assert.deepEqual([first.record.versionId, first.record.name, first.record.protected, first.action], [v1.id, "candidate", false, "alias.create"]);
      assert.equal((await at(atV2)).record.versionId, v2.id);
      const now = await at();
      assert.deepEqual([now.record, now.action], [null, "alias.delete"], "removed");

      const version = (await a.ok(AS_OF, { t: "ModelVersion", id: v1.id })).recordAsOf.record;
      assert.deepEqual(version.tags, ["t1", "t2"], "owned rows are part of the record");
      assert.equal(version.artifactUri, "s3://x/1");
      const model = (await a.ok(AS_OF, { t: "Model", id: m.id })).recordAsOf.record;
      assert.deepEqual(model.tags, ["a", "b"]);

      assert.deepEqual(codes(await a.gql(AS_OF, { t: "NoSuchType", id: m.id })), ["VALIDATION"]);
      assert.deepEqual(
        codes(await a.gql(AS_OF, { t: "Alias", id: setAlias.id }, a.orgA.tokens.VIEWER)),
        ["FORBIDDEN"],
        "the trail is for auditors, approvers and admins",
      );
      assert.equal(
        (await a.ok(AS_OF, { t: "Model", id: m.id }, a.orgB.tokens.ADMIN)).recordAsOf.record,
        null,
        "another organisation's trail has nothing of it",
      );
    });

    test("secrets never enter the trail", async () => {
      const a = api();
      const { createApiToken } = await a.ok(`mutation { createApiToken(input: { name: "secret-check", role: VIEWER }) { token apiToken { id } } }`);
      const record = (await a.ok(AS_OF, { t: "ApiToken", id: createApiToken.apiToken.id })).recordAsOf.record;
      assert.equal(record.name, "secret-check");
      assert.equal(record.tokenHash, undefined);
      const trail = JSON.stringify((await a.ok(`{ auditEvents(first: 100) { nodes { before after context } } }`)).auditEvents.nodes);
      assert.ok(!trail.includes(createApiToken.token));
    });

    test("a change made behind the API's back is found by reconciliation", async () => {
      const a = api();
      const clean = (await a.ok(RECONCILE)).reconcileAuditTrail;
      assert.deepEqual([clean.consistent, clean.mismatches], [true, []]);
      const { createAISystem } = await a.ok(`mutation { createAISystem(input: { reference: "behind-back", name: "Honest name" }) { id } }`);
      const db = await openOwnerSql(a.kind, a.databaseUrl);
      try {
        await db.run(`UPDATE "AISystem" SET "name" = 'Edited in the database' WHERE "id" = ?`, [createAISystem.id]);
        const found = (await a.ok(RECONCILE)).reconcileAuditTrail;
        assert.equal(found.consistent, false);
        assert.deepEqual(found.mismatches, [{ subjectType: "AISystem", subjectId: createAISystem.id, problem: "DIFFERS", fields: ["name"] }]);
      } finally {
        await db.run(`UPDATE "AISystem" SET "name" = 'Honest name' WHERE "id" = ?`, [createAISystem.id]);
        await db.close();
      }
      assert.equal((await a.ok(RECONCILE)).reconcileAuditTrail.consistent, true);
    });
  },
  { ownServer: "it changes a row in the database behind the API's back" },
);
