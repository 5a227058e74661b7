import assert from "node:assert/strict";
import { test } from "node:test";
import { ALLOWED_GATE_MODES, gateViolations } from "./deployment-gate";

test("a deployment needs a stage at or beyond its environment, and never an archived subject", () => {
  const at = (stage: "DEVELOPMENT" | "STAGING" | "PRODUCTION" | "ARCHIVED", env: "DEVELOPMENT" | "STAGING" | "PRODUCTION") =>
    gateViolations({ label: "m v1", stage }, env).map((v) => v.rule);
  assert.deepEqual(at("DEVELOPMENT", "DEVELOPMENT"), []);
  assert.deepEqual(at("ARCHIVED", "DEVELOPMENT"), [], "development is never gated");
  assert.deepEqual(at("DEVELOPMENT", "STAGING"), ["DEPLOYMENT_NOT_APPROVED"]);
  assert.deepEqual(at("STAGING", "STAGING"), []);
  assert.deepEqual(at("PRODUCTION", "STAGING"), []);
  assert.deepEqual(at("STAGING", "PRODUCTION"), ["DEPLOYMENT_NOT_APPROVED"], "a staging approval is not a production approval");
  assert.deepEqual(at("PRODUCTION", "PRODUCTION"), []);
  assert.deepEqual(at("ARCHIVED", "PRODUCTION"), ["DEPLOYMENT_NOT_APPROVED"]);
  assert.ok(!ALLOWED_GATE_MODES.PRODUCTION.includes("OPEN"), "production is always gated");
});
