import assert from "node:assert/strict";
import { before, test } from "node:test";
import { codes, describeContract, type TestApi } from "../support/contract";
import { auditCount } from "../support/fixtures/audit";
import { createModelVersion, createSystem } from "../support/fixtures/registry";

const FIELDS = `id modelVersionId releaseId environment target region trafficShare startedAt endedAt endReason deployedById modelVersion { id } release { id number }`;
const RECORD = `mutation($i: RecordDeploymentInput!) { recordDeployment(input: $i) { ${FIELDS} } }`;
const END = `mutation($id: ID!, $at: DateTime, $reason: String) { endDeployment(id: $id, endedAt: $at, reason: $reason) { ${FIELDS} } }`;
const LIST = `query($f: DeploymentFilter) { deployments(first: 100, filter: $f) { totalCount nodes { id } } }`;

async function createRelease(a: TestApi, token?: string): Promise<string> {
  const systemId = await createSystem(a, token);
  const { createRelease } = await a.ok(
    `mutation($s: ID!) { createRelease(input: { systemId: $s, components: [{ role: OTHER, externalRef: "x" }] }) { id } }`,
    { s: systemId },
    token,
  );
  return createRelease.id;
}

describeContract("deployments", (api) => {
  // This suite is about how deployments are recorded, not about the gate (deployment-gate.test.ts): its
  // organisation records unapproved production deployments as flagged violations instead of refusing them.
  before(async () => {
    await api().ok(`mutation { setDeploymentGate(environment: PRODUCTION, mode: RECORD_AND_FLAG) { mode } }`);
  });
  test("record a version or a release, end it once, and list with filters", async () => {
    const a = api();
    const versionId = await createModelVersion(a);
    const releaseId = await createRelease(a);
    const before = await auditCount(a);
    const d1 = (
      await a.ok(RECORD, {
        i: {
          modelVersionId: versionId,
          environment: "PRODUCTION",
          target: "scoring-api",
          region: "eu-west-1",
          trafficShare: 0.25,
          startedAt: "2026-01-10T00:00:00.000Z",
        },
      })
    ).recordDeployment;
    assert.equal(await auditCount(a), before + 1, "exactly one audit event");
    assert.equal(d1.modelVersion.id, versionId);
    assert.equal(d1.release, null);
    assert.deepEqual(
      [d1.environment, d1.target, d1.region, d1.trafficShare, d1.startedAt, d1.endedAt],
      ["PRODUCTION", "scoring-api", "eu-west-1", 0.25, "2026-01-10T00:00:00.000Z", null],
    );
    assert.ok(d1.deployedById);

    const d2 = (await a.ok(RECORD, { i: { releaseId, environment: "STAGING", target: "chat" } })).recordDeployment;
    assert.equal(d2.trafficShare, 1, "full traffic by default");
    assert.ok(Date.now() - Date.parse(d2.startedAt) < 60_000, "starts now by default");
    assert.deepEqual([d2.modelVersionId, d2.release.id, d2.release.number], [null, releaseId, 1]);

    const ended = (await a.ok(END, { id: d1.id, at: "2026-02-01T00:00:00.000Z", reason: "Replaced by v2" })).endDeployment;
    assert.deepEqual([ended.endedAt, ended.endReason], ["2026-02-01T00:00:00.000Z", "Replaced by v2"]);
    assert.equal(await auditCount(a), before + 3);
    const again = await a.gql(END, { id: d1.id });
    assert.deepEqual(codes(again), ["CONFLICT"]);
    assert.equal(await auditCount(a), before + 3, "a refused end writes nothing");

    const ids = async (filter: Record<string, unknown>) => (await a.ok(LIST, { f: filter })).deployments.nodes.map((n: any) => n.id);
    assert.deepEqual(await ids({ modelVersionId: versionId }), [d1.id]);
    assert.deepEqual(await ids({ releaseId }), [d2.id]);
    assert.ok((await ids({ environment: "STAGING" })).includes(d2.id));
    assert.ok(!(await ids({ environment: "STAGING" })).includes(d1.id));
    const active = await ids({ activeOnly: true });
    assert.ok(active.includes(d2.id) && !active.includes(d1.id));
    assert.deepEqual(await ids({ modelVersionId: versionId, activeAt: "2026-01-20T00:00:00Z" }), [d1.id], "running on that date");
    assert.deepEqual(await ids({ modelVersionId: versionId, activeAt: "2026-02-01T00:00:00Z" }), [], "ended by then");
    assert.deepEqual(await ids({ modelVersionId: versionId, activeAt: "2026-01-01T00:00:00Z" }), [], "not started yet");

    const one = await a.ok(`query($id: ID!) { deployment(id: $id) { id endedAt } }`, { id: d1.id });
    assert.deepEqual(one.deployment, { id: d1.id, endedAt: "2026-02-01T00:00:00.000Z" });
  });

  test("ending defaults to now and may not precede the start", async () => {
    const a = api();
    const versionId = await createModelVersion(a);
    const future = (await a.ok(RECORD, { i: { modelVersionId: versionId, environment: "DEVELOPMENT", target: "lab", startedAt: "2099-01-01T00:00:00Z" } }))
      .recordDeployment;
    const before = await auditCount(a);
    const early = await a.gql(END, { id: future.id, at: "2098-12-31T23:59:59Z" });
    assert.deepEqual(codes(early), ["VALIDATION"]);
    assert.equal(early.errors![0]!.extensions!.field, "endedAt");
    const now = await a.gql(END, { id: future.id });
    assert.equal(now.errors![0]!.extensions!.field, "endedAt", "now is before a future start");
    assert.equal(await auditCount(a), before);
    const same = (await a.ok(END, { id: future.id, at: "2099-01-01T00:00:00Z" })).endDeployment;
    assert.equal(same.endedAt, "2099-01-01T00:00:00.000Z", "ending at the start instant is allowed");

    const running = (await a.ok(RECORD, { i: { modelVersionId: versionId, environment: "STAGING", target: "svc" } })).recordDeployment;
    const stopped = (await a.ok(END, { id: running.id })).endDeployment;
    assert.ok(Date.parse(stopped.endedAt) >= Date.parse(running.startedAt));
    assert.equal(stopped.endReason, null);
  });

  test("concurrent ends: exactly one wins, the others get CONFLICT", async () => {
    const a = api();
    const versionId = await createModelVersion(a);
    const d = (await a.ok(RECORD, { i: { modelVersionId: versionId, environment: "PRODUCTION", target: "race" } })).recordDeployment;
    const before = await auditCount(a);
    const results = await Promise.all(Array.from({ length: 5 }, () => a.gql(END, { id: d.id })));
    assert.equal(results.filter((r) => !r.errors).length, 1);
    assert.deepEqual(
      results.filter((r) => r.errors).map((r) => codes(r)[0]),
      ["CONFLICT", "CONFLICT", "CONFLICT", "CONFLICT"],
    );
    assert.equal(await auditCount(a), before + 1);
  });

  test("bad input is refused with the field named, and nothing is written", async () => {
    const a = api();
    const versionId = await createModelVersion(a);
    const releaseId = await createRelease(a);
    const before = await auditCount(a);
    const base = { environment: "PRODUCTION", target: "svc" };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base }, "modelVersionId"],
      [{ ...base, modelVersionId: versionId, releaseId }, "releaseId"],
      [{ ...base, modelVersionId: versionId, target: "  " }, "target"],
      [{ ...base, modelVersionId: versionId, trafficShare: 1.5 }, "trafficShare"],
      [{ ...base, modelVersionId: versionId, trafficShare: -0.1 }, "trafficShare"],
      [{ ...base, modelVersionId: versionId, region: "r".repeat(101) }, "region"],
    ];
    for (const [input, field] of cases) {
      const res = await a.gql(RECORD, { i: input });
      assert.deepEqual(codes(res), ["VALIDATION"], field);
      assert.equal(res.errors![0]!.extensions!.field, field);
    }
    assert.deepEqual(codes(await a.gql(RECORD, { i: { ...base, environment: "CANARY", modelVersionId: versionId } })), ["VALIDATION"]);
    assert.deepEqual(codes(await a.gql(RECORD, { i: { ...base, modelVersionId: versionId, startedAt: "yesterday" } })), ["VALIDATION"]);
    assert.deepEqual(codes(await a.gql(RECORD, { i: { ...base, modelVersionId: "nope" } })), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(RECORD, { i: { ...base, releaseId: "nope" } })), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(END, { id: "nope" })), ["NOT_FOUND"]);
    assert.equal(await auditCount(a), before);
    assert.equal((await a.ok(LIST, { f: { modelVersionId: versionId } })).deployments.totalCount, 0);
    const zero = (await a.ok(RECORD, { i: { ...base, modelVersionId: versionId, trafficShare: 0 } })).recordDeployment;
    assert.equal(zero.trafficShare, 0, "a shadow deployment with no traffic is allowed");
  });

  test("isolation: another organisation cannot deploy, see or end this organisation's subjects", async () => {
    const a = api();
    const versionId = await createModelVersion(a);
    const releaseId = await createRelease(a);
    const d = (await a.ok(RECORD, { i: { modelVersionId: versionId, environment: "PRODUCTION", target: "svc" } })).recordDeployment;
    const tokenB = a.orgB.tokens.ADMIN;
    const beforeB = await auditCount(a, tokenB);
    assert.deepEqual(codes(await a.gql(RECORD, { i: { modelVersionId: versionId, environment: "PRODUCTION", target: "svc" } }, tokenB)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(RECORD, { i: { releaseId, environment: "PRODUCTION", target: "svc" } }, tokenB)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(END, { id: d.id }, tokenB)), ["NOT_FOUND"]);
    assert.deepEqual(codes(await a.gql(`query($id: ID!) { deployment(id: $id) { id } }`, { id: d.id }, tokenB)), ["NOT_FOUND"]);
    assert.equal((await a.ok(LIST, { f: { modelVersionId: versionId } }, tokenB)).deployments.totalCount, 0);
    assert.equal(await auditCount(a, tokenB), beforeB);
    assert.equal((await a.ok(`query($id: ID!) { deployment(id: $id) { endedAt } }`, { id: d.id })).deployment.endedAt, null);
  });

  test("roles: viewers and auditors read deployments but cannot record or end them", async () => {
    const a = api();
    const versionId = await createModelVersion(a);
    const input = { i: { modelVersionId: versionId, environment: "PRODUCTION", target: "svc" } };
    const d = (await a.ok(RECORD, input, a.orgA.tokens.CONTRIBUTOR)).recordDeployment;
    for (const role of ["VIEWER", "AUDITOR"] as const) {
      assert.deepEqual(codes(await a.gql(RECORD, input, a.orgA.tokens[role])), ["FORBIDDEN"], role);
      assert.deepEqual(codes(await a.gql(END, { id: d.id }, a.orgA.tokens[role])), ["FORBIDDEN"], role);
    }
    const read = await a.ok(`query($id: ID!) { deployment(id: $id) { id endedAt } }`, { id: d.id }, a.orgA.tokens.VIEWER);
    assert.deepEqual(read.deployment, { id: d.id, endedAt: null });
  });
});
