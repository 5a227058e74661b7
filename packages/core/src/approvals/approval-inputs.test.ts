import assert from "node:assert/strict";
import { test } from "node:test";
import type { z } from "zod";
import { CanonError } from "../shared/errors";
import { parseInput } from "../shared/input-errors";
import { decideApprovalInput } from "./decide-approval";
import { requestApprovalInput } from "./request-input";
import { setApprovalPolicyInput } from "./set-approval-policy";

/** The field a refusal names, or undefined when the input is accepted. */
function refusal(schema: z.ZodType, input: Record<string, unknown>): string | undefined {
  try {
    parseInput(schema, input);
    return undefined;
  } catch (error) {
    assert.ok(error instanceof CanonError && error.code === "VALIDATION", String(error));
    return error.field ?? "";
  }
}

test("a request names exactly one subject and a target; aliases are for versions; archivePrevious only into PRODUCTION", () => {
  const request = (i: Record<string, unknown>) => refusal(requestApprovalInput, { justification: "ready", ...i });
  assert.equal(request({ modelVersionId: "v", targetStage: "STAGING" }), undefined);
  assert.equal(request({ targetStage: "STAGING" }), "modelVersionId");
  assert.equal(request({ modelVersionId: "v", releaseId: "r", targetStage: "STAGING" }), "releaseId");
  assert.equal(request({ modelVersionId: "v" }), "targetStage");
  assert.equal(request({ modelVersionId: "v", targetAlias: " " }), "targetStage", "a blank alias is no alias");
  for (const stage of ["DEVELOPMENT", "ARCHIVED", "LATER"]) assert.equal(request({ modelVersionId: "v", targetStage: stage }), "targetStage", stage);
  assert.equal(request({ modelVersionId: "v", targetAlias: "Prod Alias" }), "targetAlias");
  assert.equal(request({ releaseId: "r", targetAlias: "production" }), "targetAlias");
  assert.equal(request({ modelVersionId: "v", targetStage: "STAGING", archivePrevious: true }), "archivePrevious");
  assert.equal(request({ modelVersionId: "v", targetStage: "STAGING", justification: "  " }), "justification");
  assert.equal(request({ modelVersionId: "v", targetStage: "STAGING", justification: "j".repeat(5001) }), "justification");
  assert.deepEqual(parseInput(requestApprovalInput, { releaseId: " ", modelVersionId: "v", targetAlias: "production", justification: " ok " }), {
    subjectType: "MODEL_VERSION",
    modelVersionId: "v",
    releaseId: null,
    targetStage: null,
    targetAlias: "production",
    archivePrevious: false,
    justification: "ok",
  });
});

test("a REJECT needs a comment; an APPROVE does not", () => {
  assert.equal(refusal(decideApprovalInput, { requestId: "r", decision: "APPROVE" }), undefined);
  assert.equal(refusal(decideApprovalInput, { requestId: "r", decision: "REJECT", comment: " " }), "comment");
  assert.equal(refusal(decideApprovalInput, { requestId: "r", decision: "MAYBE" }), "decision");
  assert.equal(refusal(decideApprovalInput, { requestId: "r", decision: "APPROVE", comment: "c".repeat(5001) }), "comment");
  assert.equal(refusal(decideApprovalInput, { requestId: " ", decision: "APPROVE" }), "requestId");
});

test("a policy: not for PROHIBITED, 1–10 approvals, approver roles from the allowed ones, valid suite names; defaults filled in", () => {
  const ok = { riskTier: "MINIMAL", requiredApprovals: 1, approverRoles: ["APPROVER"] };
  const policy = (patch: Record<string, unknown>) => refusal(setApprovalPolicyInput, { ...ok, ...patch });
  const cases: [Record<string, unknown>, string][] = [
    [{ riskTier: "PROHIBITED" }, "riskTier"],
    [{ requiredApprovals: 0 }, "requiredApprovals"],
    [{ requiredApprovals: 11 }, "requiredApprovals"],
    [{ requiredApprovals: 1.5 }, "requiredApprovals"],
    [{ approverRoles: [] }, "approverRoles"],
    [{ approverRoles: ["VIEWER"] }, "approverRoles"],
    [{ minCardCompleteness: 1.5 }, "minCardCompleteness"],
    [{ requiredSuites: ["has space"] }, "requiredSuites"],
    [{ requiredSuites: Array.from({ length: 51 }, (_, i) => `s${i}`) }, "requiredSuites"],
  ];
  for (const [patch, field] of cases) assert.equal(policy(patch), field, JSON.stringify(patch));
  assert.deepEqual(parseInput(setApprovalPolicyInput, { ...ok, requiredSuites: ["b", " a ", "b"] }), {
    ...ok,
    requiredSuites: ["a", "b"],
    minCardCompleteness: 0,
    requireClassification: true,
  });
});
