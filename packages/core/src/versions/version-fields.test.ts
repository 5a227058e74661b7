import assert from "node:assert/strict";
import { test } from "node:test";
import { CanonError } from "../shared/errors";
import { parseInput } from "../shared/input-errors";
import { registerModelVersionInput, versionData } from "./version-fields";

const base = { modelId: "m1", artifactUri: "s3://bucket/model.onnx", artifactDigest: "a".repeat(64) };

function refusal(patch: Record<string, unknown>): string | undefined {
  try {
    versionData(parseInput(registerModelVersionInput, { ...base, ...patch }));
    return undefined;
  } catch (error) {
    assert.ok(error instanceof CanonError && error.code === "VALIDATION", String(error));
    return error.field;
  }
}

test("runUrl is a web link: http(s) with a host; other schemes and hostless URLs are refused", () => {
  for (const ok of ["https://mlflow.example/runs/1", "http://ci.internal:8080/job/7", "", null, undefined])
    assert.equal(refusal({ runUrl: ok }), undefined, String(ok));
  for (const bad of [
    "file:///etc/passwd",
    "ftp://files.example/run",
    "http://",
    "https://",
    "s3://bucket/run",
    "mlflow.example/runs/1",
    "javascript:alert(1)",
  ]) {
    assert.equal(refusal({ runUrl: bad }), "runUrl", bad);
  }
});

test("artifactUri names a location under a known scheme", () => {
  for (const ok of ["s3://b/k", "gs://b/k", "hf://org/model", "https://host/model.bin"]) assert.equal(refusal({ artifactUri: ok }), undefined, ok);
  for (const bad of ["not a uri", "", "relative/path", "ftp://host/x", "http://"]) assert.equal(refusal({ artifactUri: bad }), "artifactUri", bad);
});

test("hyperparameters are a JSON object within the depth limit", () => {
  assert.equal(refusal({ hyperparameters: { lr: 0.1, layers: [1, 2], nested: { a: { b: 1 } } } }), undefined);
  for (const bad of [[1, 2], "lr=1", 3]) assert.equal(refusal({ hyperparameters: bad }), "hyperparameters", JSON.stringify(bad));
  let deep: Record<string, unknown> = {};
  for (let i = 0; i < 30; i++) deep = { d: deep };
  assert.equal(refusal({ hyperparameters: deep }), "hyperparameters");
  const parsed = versionData(parseInput(registerModelVersionInput, base));
  assert.deepEqual(parsed.data.hyperparameters, {}, "absent hyperparameters are stored as {}");
});

test("digest, size, parent and lineage rules name their field", () => {
  assert.equal(versionData(parseInput(registerModelVersionInput, { ...base, artifactDigest: `sha256:${"B".repeat(64)}` })).data.artifactDigest, "b".repeat(64));
  assert.equal(refusal({ artifactDigest: "abc" }), "artifactDigest");
  assert.equal(refusal({ artifactSize: -1 }), "artifactSize");
  assert.equal(refusal({ artifactSize: 1.5 }), "artifactSize");
  assert.equal(versionData(parseInput(registerModelVersionInput, { ...base, artifactSize: 5_000_000_000 })).data.artifactSize, 5_000_000_000n);
  assert.equal(refusal({ parentVersionId: "v1" }), "parentRelation");
  assert.equal(refusal({ parentRelation: "FINE_TUNED" }), "parentVersionId");
  assert.equal(refusal({ lineage: [{ datasetVersionId: " ", role: "TRAINING" }] }), "lineage.0.datasetVersionId");
  assert.equal(refusal({ lineage: [{ datasetVersionId: "d", role: "SCORING" }] }), "lineage.0.role");
  assert.equal(
    refusal({
      lineage: [
        { datasetVersionId: "d", role: "TRAINING" },
        { datasetVersionId: "d", role: "TRAINING" },
      ],
    }),
    "lineage.1",
  );
  assert.equal(refusal({ lineage: Array.from({ length: 101 }, (_, i) => ({ datasetVersionId: `d${i}`, role: "TRAINING" })) }), "lineage");
  assert.equal(refusal({ tags: ["bad tag"] }), "tags");
});
