// Reading approvals: approvalRequest / approvalRequests (filters, newest first, pages) with their
// decisions, and the decisions loaded in batches (no statement per row).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { describeContract } from "../support/contract";
import { testDatabaseKinds } from "../support/databases/kinds";
import { decide, Q, request } from "../support/fixtures/approvals";
import { people } from "../support/fixtures/people";
import { model, system } from "../support/fixtures/registry";
import { runScript } from "../support/run-script";

describeContract("approvals: queries", (api) => {
  test("approvalRequest and approvalRequests (filters, newest first, pages) with decisions", async () => {
    const a = api();
    const {
      contributor,
      approvers: [a1],
    } = await people(a, 1);
    const sys = await system(a, "MINIMAL");
    const { versions } = await model(a, sys, 3, contributor.token);
    const ids: string[] = [];
    for (const v of versions) ids.push((await request(a, { modelVersionId: v, targetStage: "STAGING" }, contributor.token)).data.requestApproval.id);
    const decided = await decide(a, ids[0]!, "APPROVE", a1!.token);
    assert.deepEqual(decided.errors, undefined);
    const all = (await a.ok(Q.LIST, { f: { requestedById: contributor.id } })).approvalRequests;
    assert.equal(all.totalCount, 3);
    assert.deepEqual(
      all.nodes.map((n: any) => n.id),
      [...ids].reverse(),
      "newest first",
    );
    assert.deepEqual(
      all.nodes[2].decisions.map((d: any) => [d.decision, d.approverId]),
      [["APPROVE", a1!.id]],
    );
    const pending = (await a.ok(Q.LIST, { f: { status: "PENDING", requestedById: contributor.id } })).approvalRequests;
    assert.deepEqual(
      pending.nodes.map((n: any) => n.id),
      [ids[2], ids[1]],
    );
    const bySubject = (await a.ok(Q.LIST, { f: { modelVersionId: versions[1] } })).approvalRequests;
    assert.deepEqual(
      bySubject.nodes.map((n: any) => n.id),
      [ids[1]],
    );
    const page1 = (await a.ok(Q.LIST, { f: { requestedById: contributor.id }, first: 2 })).approvalRequests;
    assert.equal(page1.pageInfo.hasNextPage, true);
    const page2 = (await a.ok(Q.LIST, { f: { requestedById: contributor.id }, first: 2, after: page1.pageInfo.endCursor })).approvalRequests;
    assert.deepEqual(
      page2.nodes.map((n: any) => n.id),
      [ids[0]],
    );
    const one = (await a.ok(Q.GET, { id: ids[0] }, a.orgA.tokens.VIEWER)).approvalRequest;
    assert.equal(one.status, "APPROVED");
    assert.equal(one.decisions.length, 1);
    assert.equal(one.modelVersion.stage, "STAGING");
  });
});

for (const kind of testDatabaseKinds()) {
  describe(`approvals: request lists load decisions in batches [${kind}]`, () => {
    test("approvalRequests with decisions, versions and policy: the same statement count for 2 rows as for 8", async () => {
      const counts = await runScript<{ small: number; large: number; rows: number }>("test/support/statements/count-approvals.ts", kind);
      assert.equal(counts.rows, 4, "half of the 8 requests carry a decision");
      assert.equal(counts.large, counts.small, `${counts.small} statements for 2 rows, ${counts.large} for 8`);
      assert.ok(counts.large <= 6, `${counts.large} statements`);
    });
  });
}
