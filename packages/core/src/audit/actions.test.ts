import assert from "node:assert/strict";
import { test } from "node:test";
import { WEBHOOK_EVENT_TYPES } from "../webhooks/event-types";
import { AUDIT_ACTIONS } from "./actions";
import { isSubjectType } from "./subject-records";

test("every audit action names an audited subject type, a kind and a description; names are noun.verb", () => {
  for (const [name, spec] of Object.entries(AUDIT_ACTIONS)) {
    assert.match(name, /^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/, name);
    assert.ok(isSubjectType(spec.subject), `${name}: ${spec.subject}`);
    assert.ok(["create", "update", "delete"].includes(spec.kind), name);
    assert.ok(spec.description.length > 10, name);
    if (spec.webhook) assert.ok((WEBHOOK_EVENT_TYPES as readonly string[]).includes(spec.webhook), `${name}: ${spec.webhook}`);
    if (spec.changesEvidenceOf) assert.ok(spec.staleReason, `${name} says why votes go stale`);
  }
});

test("one name per action: archiving is modelVersion.archive / release.archive, whoever archives", () => {
  const archiving = Object.keys(AUDIT_ACTIONS).filter((a) => /archive/i.test(a));
  assert.deepEqual(archiving.sort(), ["modelVersion.archive", "release.archive"]);
});

test("the actions that change approval evidence read the version from the subject's record", () => {
  const marked = Object.entries(AUDIT_ACTIONS)
    .filter(([, s]) => s.changesEvidenceOf)
    .map(([a]) => a)
    .sort();
  assert.deepEqual(marked, ["evaluation.record", "modelCard.save", "modelVersion.update"]);
  assert.equal(AUDIT_ACTIONS["evaluation.record"].changesEvidenceOf!({ modelVersionId: "v1" }), "v1");
  assert.equal(AUDIT_ACTIONS["modelVersion.update"].changesEvidenceOf!({ id: "v2" }), "v2");
});
