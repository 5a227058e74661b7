import assert from "node:assert/strict";
import { test } from "node:test";
import { codes, describeContract } from "../support/contract";
import { auditCount } from "../support/fixtures/audit";
import { createDatasetVersion, createModelVersion, createModelVersions } from "../support/fixtures/registry";

const RECORD = `mutation($i: RecordEvaluationInput!) { recordEvaluation(input: $i) {
  id modelVersionId datasetVersionId suite runId passed evaluatedAt
  metrics { name value threshold direction slice passed }
  modelVersion { id } datasetVersion { id }
} }`;

const metric = (name: string, value: number, threshold?: number | null, direction?: string, slice?: string) => ({ name, value, threshold, direction, slice });

describeContract("evaluations", (api) => {
  test("metric and overall pass/fail are derived, with inclusive thresholds in both directions", async () => {
    const a = api();
    const versionId = await createModelVersion(a);
    const datasetVersionId = await createDatasetVersion(a);
    const before = await auditCount(a);
    const { recordEvaluation: e } = await a.ok(RECORD, {
      i: {
        modelVersionId: versionId,
        datasetVersionId,
        suite: "quality",
        runId: "run-1",
        evaluatedAt: "2026-03-01T10:00:00.000Z",
        metrics: [
          metric("accuracy", 0.9, 0.9, "HIGHER_IS_BETTER"),
          metric("error_rate", 0.05, 0.05, "LOWER_IS_BETTER"),
          metric("auc", 0.87),
          metric("accuracy", 0.91, 0.9, undefined, "age>=65"),
          metric("latency_ms", -1, 0, "LOWER_IS_BETTER"),
        ],
      },
    });
    assert.equal(await auditCount(a), before + 1, "exactly one audit event");
    assert.equal(e.modelVersionId, versionId);
    assert.equal(e.modelVersion.id, versionId);
    assert.equal(e.datasetVersion.id, datasetVersionId);
    assert.equal(e.evaluatedAt, "2026-03-01T10:00:00.000Z");
    assert.equal(e.passed, true);
    const byKey = Object.fromEntries(e.metrics.map((m: any) => [`${m.name}|${m.slice ?? ""}`, m]));
    assert.deepEqual(byKey["accuracy|"], { name: "accuracy", value: 0.9, threshold: 0.9, direction: "HIGHER_IS_BETTER", slice: null, passed: true });
    assert.equal(byKey["error_rate|"].passed, true);
    assert.equal(byKey["auc|"].passed, null, "no threshold, no verdict");
    assert.equal(byKey["auc|"].direction, "HIGHER_IS_BETTER", "direction defaults to higher is better");
    assert.equal(byKey["accuracy|age>=65"].passed, true);
    assert.equal(byKey["latency_ms|"].passed, true);

    const failing = await a.ok(RECORD, {
      i: {
        modelVersionId: versionId,
        suite: "quality",
        metrics: [metric("accuracy", 0.8999, 0.9, "HIGHER_IS_BETTER"), metric("error_rate", 0.04, 0.05, "LOWER_IS_BETTER")],
      },
    });
    assert.equal(failing.recordEvaluation.passed, false);
    assert.deepEqual(
      failing.recordEvaluation.metrics.map((m: any) => [m.name, m.passed]),
      [
        ["accuracy", false],
        ["error_rate", true],
      ],
    );

    const lowerFails = await a.ok(RECORD, {
      i: { modelVersionId: versionId, suite: "safety", metrics: [metric("toxicity", 0.0501, 0.05, "LOWER_IS_BETTER")] },
    });
    assert.equal(lowerFails.recordEvaluation.passed, false);
    assert.equal(lowerFails.recordEvaluation.metrics[0].passed, false);

    const informative = await a.ok(RECORD, { i: { modelVersionId: versionId, suite: "info", metrics: [metric("perplexity", 12.5)] } });
    assert.equal(informative.recordEvaluation.passed, true, "no thresholds: nothing failed");
  });

  test("passed cannot be typed in by the caller", async () => {
    const a = api();
    const versionId = await createModelVersion(a);
    const res = await a.gql(RECORD, { i: { modelVersionId: versionId, suite: "s", passed: true, metrics: [metric("m", 0, 1)] } });
    assert.deepEqual(codes(res), ["VALIDATION"]);
    const metricPassed = await a.gql(RECORD, { i: { modelVersionId: versionId, suite: "s", metrics: [{ ...metric("m", 0, 1), passed: true }] } });
    assert.deepEqual(codes(metricPassed), ["VALIDATION"]);
  });

  test("get, list with filters (newest first) and the version's evaluations and latest per suite", async () => {
    const a = api();
    const [v1, v2] = await createModelVersions(a, 2);
    const record = async (versionId: string, suite: string, at: string, value: number) =>
      (await a.ok(RECORD, { i: { modelVersionId: versionId, suite, evaluatedAt: at, metrics: [metric("score", value, 0.5)] } })).recordEvaluation.id as string;
    const old = await record(v1!, "fairness", "2026-01-01T00:00:00Z", 0.4);
    const newer = await record(v1!, "fairness", "2026-02-01T00:00:00Z", 0.6);
    const robust = await record(v1!, "robustness", "2026-01-15T00:00:00Z", 0.7);
    const other = await record(v2!, "fairness", "2026-01-20T00:00:00Z", 0.1);

    const one = await a.ok(`query($id: ID!) { evaluation(id: $id) { id suite passed metrics { name } } }`, { id: old });
    assert.deepEqual(one.evaluation, { id: old, suite: "fairness", passed: false, metrics: [{ name: "score" }] });

    const list = async (filter: Record<string, unknown>) =>
      (await a.ok(`query($f: EvaluationFilter) { evaluations(filter: $f) { totalCount nodes { id } } }`, { f: filter })).evaluations;
    const all = await list({ modelVersionId: v1 });
    assert.equal(all.totalCount, 3);
    assert.deepEqual(
      all.nodes.map((n: any) => n.id),
      [newer, robust, old],
      "newest first",
    );
    assert.deepEqual(
      (await list({ modelVersionId: v1, suite: "fairness" })).nodes.map((n: any) => n.id),
      [newer, old],
    );
    assert.deepEqual(
      (await list({ modelVersionId: v1, passed: false })).nodes.map((n: any) => n.id),
      [old],
    );
    assert.deepEqual(
      (await list({ suite: "fairness", passed: false, modelVersionId: v2 })).nodes.map((n: any) => n.id),
      [other],
    );

    const page1 = await a.ok(`query($v: ID) { evaluations(first: 2, filter: { modelVersionId: $v }) { nodes { id } pageInfo { hasNextPage endCursor } } }`, {
      v: v1,
    });
    const page2 = await a.ok(
      `query($v: ID, $after: String) { evaluations(first: 2, after: $after, filter: { modelVersionId: $v }) { nodes { id } pageInfo { hasNextPage } } }`,
      { v: v1, after: page1.evaluations.pageInfo.endCursor },
    );
    assert.deepEqual(
      [...page1.evaluations.nodes, ...page2.evaluations.nodes].map((n: any) => n.id),
      [newer, robust, old],
    );
    assert.equal(page2.evaluations.pageInfo.hasNextPage, false);

    const fields = await a.ok(`query($id: ID!) { modelVersion(id: $id) { evaluations { id } latestEvaluations { id suite passed } } }`, { id: v1 });
    assert.deepEqual(
      fields.modelVersion.evaluations.map((e: any) => e.id),
      [newer, robust, old],
    );
    assert.deepEqual(fields.modelVersion.latestEvaluations, [
      { id: newer, suite: "fairness", passed: true },
      { id: robust, suite: "robustness", passed: true },
    ]);
  });

  test("evaluations on a page of versions are loaded per version (batched)", async () => {
    const a = api();
    const ids = await createModelVersions(a, 3);
    for (const [i, id] of ids.entries()) {
      await a.ok(RECORD, { i: { modelVersionId: id, suite: "batch", metrics: [metric("score", i, 1)] } });
    }
    const res = await a.ok(`{ modelVersions(first: 50) { nodes { id evaluations { modelVersionId metrics { value } } latestEvaluations { suite } } } }`);
    const byVersion = new Map(res.modelVersions.nodes.map((n: any) => [n.id, n]));
    for (const [i, id] of ids.entries()) {
      const node: any = byVersion.get(id);
      assert.ok(node, `version ${id} listed`);
      assert.equal(node.evaluations.length, 1);
      assert.equal(node.evaluations[0].modelVersionId, id);
      assert.equal(node.evaluations[0].metrics[0].value, i);
      assert.deepEqual(node.latestEvaluations, [{ suite: "batch" }]);
    }
  });

  test("bad input is refused with the field named, and nothing is written", async () => {
    const a = api();
    const versionId = await createModelVersion(a);
    const before = await auditCount(a);
    const cases: [Record<string, unknown>, string][] = [
      [{ modelVersionId: versionId, suite: "s", metrics: [] }, "metrics"],
      [{ modelVersionId: versionId, suite: "  ", metrics: [metric("m", 1)] }, "suite"],
      [{ modelVersionId: versionId, suite: "s", metrics: [metric(" ", 1)] }, "metrics.0.name"],
      [{ modelVersionId: versionId, suite: "s", metrics: [metric("m", 1), metric("m", 2)] }, "metrics.1.name"],
      [{ modelVersionId: versionId, suite: "s", metrics: [metric("m", 1, null, undefined, "eu"), metric("m", 2, null, undefined, "eu")] }, "metrics.1.name"],
      [{ modelVersionId: versionId, suite: "s", runUrl: "not a url", metrics: [metric("m", 1)] }, "runUrl"],
      [{ modelVersionId: versionId, suite: "x".repeat(201), metrics: [metric("m", 1)] }, "suite"],
    ];
    for (const [input, field] of cases) {
      const res = await a.gql(RECORD, { i: input });
      assert.deepEqual(codes(res), ["VALIDATION"], JSON.stringify(input));
      assert.equal(res.errors![0]!.extensions!.field, field, JSON.stringify(input));
    }
    // The same name on different slices is fine; that is checked by writing it (below the count check).
    const wrongEnum = await a.gql(RECORD, { i: { modelVersionId: versionId, suite: "s", metrics: [metric("m", 1, 1, "SIDEWAYS")] } });
    assert.deepEqual(codes(wrongEnum), ["VALIDATION"]);
    const notANumber = await a.gql(RECORD, { i: { modelVersionId: versionId, suite: "s", metrics: [{ name: "m", value: "high" }] } });
    assert.deepEqual(codes(notANumber), ["VALIDATION"]);
    const unknownVersion = await a.gql(RECORD, { i: { modelVersionId: "nope", suite: "s", metrics: [metric("m", 1)] } });
    assert.deepEqual(codes(unknownVersion), ["NOT_FOUND"]);
    const unknownDataset = await a.gql(RECORD, { i: { modelVersionId: versionId, datasetVersionId: "nope", suite: "s", metrics: [metric("m", 1)] } });
    assert.deepEqual(codes(unknownDataset), ["NOT_FOUND"]);
    assert.equal(await auditCount(a), before);
    const list = await a.ok(`query($v: ID) { evaluations(filter: { modelVersionId: $v }) { totalCount } }`, { v: versionId });
    assert.equal(list.evaluations.totalCount, 0);

    const slices = await a.ok(RECORD, {
      i: { modelVersionId: versionId, suite: "s", metrics: [metric("m", 1, null, undefined, "eu"), metric("m", 2, null, undefined, "us"), metric("m", 3)] },
    });
    assert.equal(slices.recordEvaluation.metrics.length, 3);
  });

  test("isolation: another organisation can neither see nor reference these versions or evaluations", async () => {
    const a = api();
    const versionId = await createModelVersion(a);
    const { recordEvaluation: e } = await a.ok(RECORD, { i: { modelVersionId: versionId, suite: "s", metrics: [metric("m", 1)] } });
    const tokenB = a.orgB.tokens.ADMIN;
    const beforeB = await auditCount(a, tokenB);
    const foreign = await a.gql(RECORD, { i: { modelVersionId: versionId, suite: "s", metrics: [metric("m", 1)] } }, tokenB);
    assert.deepEqual(codes(foreign), ["NOT_FOUND"]);
    const datasetA = await createDatasetVersion(a);
    const versionB = await createModelVersion(a, tokenB);
    const foreignDataset = await a.gql(RECORD, { i: { modelVersionId: versionB, datasetVersionId: datasetA, suite: "s", metrics: [metric("m", 1)] } }, tokenB);
    assert.deepEqual(codes(foreignDataset), ["NOT_FOUND"]);
    assert.equal(await auditCount(a, tokenB), beforeB + 2, "only B's own model and version were written");
    assert.deepEqual(codes(await a.gql(`query($id: ID!) { evaluation(id: $id) { id } }`, { id: e.id }, tokenB)), ["NOT_FOUND"]);
    const listB = await a.ok(`query($v: ID) { evaluations(filter: { modelVersionId: $v }) { totalCount } }`, { v: versionId }, tokenB);
    assert.equal(listB.evaluations.totalCount, 0);
  });

  test("roles: viewers and auditors read but cannot record", async () => {
    const a = api();
    const versionId = await createModelVersion(a);
    const input = { i: { modelVersionId: versionId, suite: "s", metrics: [metric("m", 1)] } };
    for (const role of ["VIEWER", "AUDITOR"] as const) {
      assert.deepEqual(codes(await a.gql(RECORD, input, a.orgA.tokens[role])), ["FORBIDDEN"], role);
    }
    const { recordEvaluation: e } = await a.ok(RECORD, input, a.orgA.tokens.CONTRIBUTOR);
    const read = await a.ok(`query($id: ID!) { evaluation(id: $id) { id } }`, { id: e.id }, a.orgA.tokens.VIEWER);
    assert.equal(read.evaluation.id, e.id);
    assert.deepEqual(codes(await a.gql(`{ evaluations { totalCount } }`, {}, null)), ["UNAUTHENTICATED"]);
  });
});
