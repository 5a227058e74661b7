// Reading approvals: approvalRequest / approvalRequests (filters, newest first, pages) with their
// decisions, and the decisions loaded in batches (no statement per row).
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import path from "node:path";
import { describe, test } from "node:test";
import { promisify } from "node:util";
import { describeContract } from "../support/contract";
import { createTestDatabase, testDatabaseKinds } from "../support/databases";
import { decide, model, people, Q, request, system } from "./approvals-support/fixtures";

describeContract("approvals: queries", (api) => {
  test("approvalRequest and approvalRequests (filters, newest first, pages) with decisions", async () => {
    const a = api();
    const { contributor, approvers: [a1] } = await people(a, 1);
    const sys = await system(a, "MINIMAL");
    const { versions } = await model(a, sys, 3, contributor.token);
    const ids: string[] = [];
    for (const v of versions) ids.push((await request(a, { modelVersionId: v, targetStage: "STAGING" }, contributor.token)).data.requestApproval.id);
    const decided = await decide(a, ids[0]!, "APPROVE", a1!.token);
    assert.deepEqual(decided.errors, undefined);
    const all = (await a.ok(Q.LIST, { f: { requestedById: contributor.id } })).approvalRequests;
    assert.equal(all.totalCount, 3);
    assert.deepEqual(all.nodes.map((n: any) => n.id), [...ids].reverse(), "newest first");
    assert.deepEqual(all.nodes[2].decisions.map((d: any) => [d.decision, d.approverId]), [["APPROVE", a1!.id]]);
    const pending = (await a.ok(Q.LIST, { f: { status: "PENDING", requestedById: contributor.id } })).approvalRequests;
    assert.deepEqual(pending.nodes.map((n: any) => n.id), [ids[2], ids[1]]);
    const bySubject = (await a.ok(Q.LIST, { f: { modelVersionId: versions[1] } })).approvalRequests;
    assert.deepEqual(bySubject.nodes.map((n: any) => n.id), [ids[1]]);
    const page1 = (await a.ok(Q.LIST, { f: { requestedById: contributor.id }, first: 2 })).approvalRequests;
    assert.equal(page1.pageInfo.hasNextPage, true);
    const page2 = (await a.ok(Q.LIST, { f: { requestedById: contributor.id }, first: 2, after: page1.pageInfo.endCursor })).approvalRequests;
    assert.deepEqual(page2.nodes.map((n: any) => n.id), [ids[0]]);
    const one = (await a.ok(Q.GET, { id: ids[0] }, a.orgA.tokens.VIEWER)).approvalRequest;
    assert.equal(one.status, "APPROVED");
    assert.equal(one.decisions.length, 1);
    assert.equal(one.modelVersion.stage, "STAGING");
  });
});

const ROOT = path.resolve(import.meta.dirname, "../..");
for (const kind of testDatabaseKinds()) {
  describe(`approvals: request lists load decisions in batches [${kind}]`, () => {
    test("approvalRequests with decisions, versions and policy: the same statement count for 2 rows as for 8", async () => {
      const db = await createTestDatabase(kind);
      try {
        const { stdout } = await promisify(execFile)(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "test/contract/approvals-support/count-approval-statements.ts")], {
          cwd: ROOT, env: { ...process.env, DATABASE_URL: db.url, NODE_ENV: "test", LOG_LEVEL: "warn" }, maxBuffer: 10_000_000,
        });
        const counts = JSON.parse(stdout) as { small: number; large: number; rows: number };
        assert.equal(counts.rows, 4, "half of the 8 requests carry a decision");
        assert.equal(counts.large, counts.small, `${counts.small} statements for 2 rows, ${counts.large} for 8`);
        assert.ok(counts.large <= 6, `${counts.large} statements`);
      } finally {
        await db.drop();
      }
    });
  });
}
