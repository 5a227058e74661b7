// The as-of readers page through the trail (a bounded number of subjects per statement) and keep only
// what the caller asks for. Read with pages of 1, 2, 3 and the default, the records are the same; a
// removed subject is left out wherever its page ends. Reports read only production versions'
// evaluations, and the gaps computed from those are the gaps computed from every evaluation; alias
// rollbacks are read from the trail.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import path from "node:path";
import { test } from "node:test";
import { promisify } from "node:util";
import { describeContract } from "../support/contract";
import { decide, Q, request } from "../support/fixtures/approvals";
import { people } from "../support/fixtures/people";
import { evaluate, model, system } from "../support/fixtures/registry";

const ROOT = path.resolve(import.meta.dirname, "../..");

interface Read {
  pages: Record<string, Record<string, string[]>>;
  kept: string[];
  passedEvaluations: string[];
  allEvaluations: string[];
  productionEvaluations: string[];
  gapsWithAll: string[];
  gapsWithProduction: string[];
  rollbacks: { modelId: string; alias: string; fromVersionId: string; toVersionId: string; reason: string }[];
}

describeContract("audit trail: paged as-of reads", (api) => {
  test("every page size reads the same records; production-only evaluations give the same gaps", async () => {
    const a = api();
    const {
      contributor,
      approvers: [approver],
    } = await people(a, 1);
    const highRisk = await system(a, "HIGH_RISK");
    const minimal = await system(a, "MINIMAL");
    await system(a, null);
    const {
      modelId,
      versions: [v1, v2, v3],
    } = await model(a, minimal, 3, contributor.token);
    const early = [await evaluate(a, v3!, "accuracy", true, contributor.token), await evaluate(a, v3!, "robustness", false, contributor.token)];
    const live = [await evaluate(a, v2!, "accuracy", true, contributor.token), await evaluate(a, v2!, "fairness", false, contributor.token)];
    for (const v of [v1, v2]) {
      const req = (await request(a, { modelVersionId: v, targetStage: "PRODUCTION", targetAlias: "production" }, contributor.token)).data!.requestApproval;
      await decide(a, req.id, "APPROVE", approver!.token);
    }
    assert.equal((await a.ok(`query($id: ID!) { modelVersion(id: $id) { stage } }`, { id: v2 })).modelVersion.stage, "PRODUCTION");
    await a.ok(Q.ROLLBACK, { i: { modelId, alias: "production", toVersionId: v1, reason: "drift on v2" } }, approver!.token);
    for (const name of ["a1", "a2", "a3"]) {
      await a.ok(`mutation($i: SetAliasInput!) { setAlias(input: $i) { id } }`, { i: { modelId, name, versionId: v1 } }, contributor.token);
    }
    await a.ok(`mutation($m: ID!) { deleteAlias(modelId: $m, name: "a2") { id } }`, { m: modelId }, contributor.token);

    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", path.join(ROOT, "test/contract/reports-support/read-records-paged.ts"), a.orgA.organizationId],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: a.databaseUrl, NODE_ENV: "test", LOG_LEVEL: "warn" }, maxBuffer: 20_000_000 },
    );
    const read = JSON.parse(stdout) as Read;

    for (const [type, bySize] of Object.entries(read.pages)) {
      const whole = bySize.default!;
      assert.ok(whole.length > 0, `${type}: something to read`);
      for (const size of ["1", "2", "3"]) assert.deepEqual(bySize[size], whole, `${type} read in pages of ${size}`);
    }
    assert.equal(read.pages.Alias!.default!.length, 3, "production, a1 and a3: the removed alias is not a record any more");
    assert.deepEqual(read.kept, read.passedEvaluations, "keep retains exactly what it accepts");
    assert.ok(read.passedEvaluations.length < read.allEvaluations.length);

    for (const id of [...early, ...live]) assert.ok(read.allEvaluations.includes(id));
    for (const id of live) assert.ok(read.productionEvaluations.includes(id), "the production version's evaluations are read");
    for (const id of early) assert.ok(!read.productionEvaluations.includes(id), "a version never in production is left out");
    assert.ok(
      read.gapsWithAll.some((g) => g.includes(highRisk)),
      "the high-risk system has gaps to compare",
    );
    assert.deepEqual(read.gapsWithProduction, read.gapsWithAll);
    assert.deepEqual(
      read.rollbacks.map((r) => [r.modelId, r.alias, r.fromVersionId, r.toVersionId, r.reason]),
      [[modelId, "production", v2, v1, "rollback: drift on v2"]],
      "the trail's rollbacks, for the NIST MANAGE decisions",
    );
  });
});
