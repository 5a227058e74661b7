import assert from "node:assert/strict";
import { test } from "node:test";
import { actionsFor, WEBHOOK_EVENT_TYPES, webhookEventFor } from "./event-types";

test("audit actions map to webhook event types; others map to none", () => {
  const expected: Record<string, string> = {
    "modelVersion.register": "model_version.registered",
    "approvalRequest.create": "approval.requested",
    "approvalDecision.create": "approval.decided",
    "alias.create": "alias.moved",
    "alias.move": "alias.moved",
    "alias.rollback": "alias.moved",
    "modelVersion.stageChange": "stage.changed",
    "release.stageChange": "stage.changed",
    "modelVersion.archive": "stage.changed",
    "release.archive": "stage.changed",
    "deployment.record": "deployment.recorded",
    "deployment.recordFlagged": "deployment.policy_violation",
  };
  for (const [action, type] of Object.entries(expected)) assert.equal(webhookEventFor(action), type, action);
  for (const action of ["webhook.create", "webhook.test", "alias.delete", "model.create", "toString", "__proto__", "constructor"]) {
    assert.equal(webhookEventFor(action), undefined, action);
  }
  for (const type of WEBHOOK_EVENT_TYPES) assert.ok(actionsFor(type).length > 0, `${type} is produced by some action`);
});
