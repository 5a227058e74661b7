import assert from "node:assert/strict";
import { test } from "node:test";
import { CanonError } from "../shared/errors";
import { parseInput } from "../shared/input-errors";
import { assertGateChoice } from "./deployment-gate";
import { deploymentData, recordDeploymentInput } from "./deployment-input";

const base = { environment: "PRODUCTION", target: "svc", modelVersionId: "v1" };

function refusal(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    assert.ok(error instanceof CanonError && error.code === "VALIDATION", String(error));
    return error.field;
  }
}
const record = (patch: Record<string, unknown>) => refusal(() => deploymentData(parseInput(recordDeploymentInput, { ...base, ...patch })));

test("a deployment names exactly one of a model version and a release", () => {
  assert.equal(record({ modelVersionId: null }), "modelVersionId");
  assert.equal(record({ modelVersionId: "  " }), "modelVersionId");
  assert.equal(record({ releaseId: "r1" }), "releaseId");
  assert.equal(record({ modelVersionId: null, releaseId: "r1" }), undefined);
});

test("fields are checked by name; traffic share defaults to 1 and the start to now", () => {
  assert.equal(record({ target: "  " }), "target");
  assert.equal(record({ trafficShare: 1.5 }), "trafficShare");
  assert.equal(record({ trafficShare: -0.1 }), "trafficShare");
  assert.equal(record({ region: "r".repeat(101) }), "region");
  assert.equal(record({ environment: "CANARY" }), "environment");
  assert.equal(record({ startedAt: "yesterday" }), "startedAt");
  const data = deploymentData(parseInput(recordDeploymentInput, base));
  assert.equal(data.trafficShare, 1);
  assert.ok(data.startedAt instanceof Date);
});

test("gates are set for STAGING and PRODUCTION only, and PRODUCTION is never OPEN", () => {
  assert.equal(
    refusal(() => assertGateChoice("DEVELOPMENT", "ENFORCE")),
    "environment",
  );
  assert.equal(
    refusal(() => assertGateChoice("PRODUCTION", "OPEN")),
    "mode",
  );
  assert.equal(assertGateChoice("PRODUCTION", "RECORD_AND_FLAG"), "PRODUCTION");
  assert.equal(assertGateChoice("STAGING", "OPEN"), "STAGING");
});
