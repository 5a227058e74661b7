// Crash consistency: a second server on the suite's database is SIGKILLed while approval decisions and
// requests are in flight; a new server on the same database then finds the audit chain valid, every
// APPROVED request with its transition, nothing in a protected state without an approved request, and
// every decision, request and transition with exactly its audit event.
import assert from "node:assert/strict";
import { test } from "node:test";
import { describeContract } from "../support/contract";
import { Q } from "../support/fixtures/approvals";
import { people } from "../support/fixtures/people";
import { model, system } from "../support/fixtures/registry";
import { launchApi, type LaunchedApi } from "../support/server/launch";

const REQUESTS = 16;
const LATE = 8;
// Of the 56 calls (3 approvers × 16 requests + 8 new requests), the server is killed when this many answered.
const KILL_AFTER = 24;

describeContract(
  "approvals: crash consistency",
  (api) => {
    test("SIGKILL in the middle of approvals leaves state and audit consistent, and work resumes after a restart", async (t) => {
      const a = api();
      await a.ok(Q.SET_POLICY, { i: { riskTier: "MINIMAL", requiredApprovals: 2, approverRoles: ["APPROVER", "ADMIN"] } });
      const { contributor, approvers } = await people(a, 3);
      const sys = await system(a, "MINIMAL");
      const subjects: { modelId: string; versionId: string }[] = [];
      for (let i = 0; i < REQUESTS + LATE; i++) {
        const {
          modelId,
          versions: [v],
        } = await model(a, sys, 1, contributor.token);
        subjects.push({ modelId, versionId: v! });
      }
      const requestInput = (s: { versionId: string }) => ({
        i: { modelVersionId: s.versionId, targetStage: "PRODUCTION", targetAlias: "production", justification: "crash test" },
      });
      const requestIds: string[] = [];
      for (const s of subjects.slice(0, REQUESTS)) requestIds.push((await a.ok(Q.REQUEST, requestInput(s), contributor.token)).requestApproval.id);

      let first: LaunchedApi | undefined;
      let second: LaunchedApi | undefined;
      try {
        first = await launchApi(a.databaseUrl);
        const server = first;
        let answered = 0;
        let killed: Promise<void> | undefined;
        const call = async (query: string, vars: Record<string, unknown>, token: string) => {
          try {
            await server.gql(query, vars, token);
          } catch {
            /* the connection died with the server */
          }
          answered += 1;
          if (answered === KILL_AFTER) killed = server.kill("SIGKILL");
        };
        const work = [
          ...requestIds.flatMap((id) => approvers.map((p) => call(Q.DECIDE, { i: { requestId: id, decision: "APPROVE", comment: "ok" } }, p.token))),
          ...subjects.slice(REQUESTS).map((s) => call(Q.REQUEST, requestInput(s), contributor.token)),
        ];
        await Promise.all(work);
        await killed;
        assert.ok(answered >= KILL_AFTER);

        second = await launchApi(a.databaseUrl);
        const s2 = second;
        const ok = async (query: string, vars: Record<string, unknown> = {}) => {
          const res = await s2.gql(query, vars, a.orgA.tokens.ADMIN);
          assert.equal(res.errors, undefined, JSON.stringify(res.errors));
          return res.data;
        };
        const chain = (await ok(Q.AUDIT)).verifyAuditChain;
        assert.equal(chain.valid, true, JSON.stringify(chain));

        const requests = (await ok(Q.LIST, { f: { requestedById: contributor.id }, first: 100 })).approvalRequests.nodes as any[];
        assert.ok(requests.length >= REQUESTS && requests.length <= REQUESTS + LATE);
        const byVersion = new Map<string, any[]>();
        for (const r of requests) byVersion.set(r.modelVersionId, [...(byVersion.get(r.modelVersionId) ?? []), r]);
        let approved = 0;
        let decisions = 0;
        for (const s of subjects) {
          const rs = byVersion.get(s.versionId) ?? [];
          assert.ok(rs.length <= 1, "no duplicate request survived");
          const r = rs[0];
          const state = await ok(
            `query($v: ID!, $m: ID!) { modelVersion(id: $v) { stage approvedAt } aliases(modelId: $m) { nodes { name versionId protected } } }`,
            { v: s.versionId, m: s.modelId },
          );
          decisions += r?.decisions.length ?? 0;
          if (r?.status === "APPROVED") {
            approved += 1;
            assert.equal(r.decisions.length, 2, "an approved request has exactly the required decisions");
            assert.equal(state.modelVersion.stage, "PRODUCTION", "the transition of an approved request was applied");
            assert.ok(state.modelVersion.approvedAt);
            assert.deepEqual(state.aliases.nodes, [{ name: "production", versionId: s.versionId, protected: true }]);
          } else {
            if (r) assert.equal(r.status, "PENDING");
            assert.ok((r?.decisions.length ?? 0) < 2, "a pending request never holds enough approvals");
            assert.deepEqual(
              [state.modelVersion.stage, state.modelVersion.approvedAt, state.aliases.nodes],
              ["DEVELOPMENT", null, []],
              "nothing is in a protected state without an approved request",
            );
          }
        }
        t.diagnostic(`after the kill: ${requests.length} requests, ${approved} approved, ${decisions} decisions`);
        assert.ok(approved < REQUESTS, "the server died before the work was done");
        const count = async (action: string) => (await ok(Q.ACTIONS, { a: action })).auditEvents.totalCount as number;
        assert.equal(await count("approvalDecision.create"), decisions, "every decision has its audit event, and no event lacks its decision");
        assert.equal(await count("approvalRequest.create"), requests.length);
        assert.equal(await count("approvalRequest.resolve"), approved);
        assert.equal(await count("modelVersion.stageChange"), approved);
        assert.equal(await count("alias.create"), approved);

        const pending = requests.find((r) => r.status === "PENDING");
        if (pending) {
          const voters = approvers.filter((p) => !pending.decisions.some((d: any) => d.approverId === p.id)).slice(0, 2 - pending.decisions.length);
          for (const p of voters) {
            const res = await s2.gql(Q.DECIDE, { i: { requestId: pending.id, decision: "APPROVE" } }, p.token);
            assert.equal(res.errors, undefined, JSON.stringify(res.errors));
          }
          assert.equal((await ok(Q.GET, { id: pending.id })).approvalRequest.status, "APPROVED", "work resumes after the restart");
        }
        assert.equal((await ok(Q.AUDIT)).verifyAuditChain.valid, true);
      } finally {
        await first?.kill("SIGKILL");
        await second?.kill("SIGTERM");
      }
    });
  },
  { ownServer: "it kills an API server on its database in the middle of writes" },
);
