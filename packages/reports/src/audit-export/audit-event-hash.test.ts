// This package's copy of the audit hash must give core's hash, byte for byte, on varied events.
import assert from "node:assert/strict";
import { test } from "node:test";
import { auditEventHash, GENESIS_HASH } from "./audit-event-hash";
import { coreAuditHash, sampleAuditChain } from "./sample-audit-chain";

test("the copy of the audit hash agrees with core's on every sample event", () => {
  const events = sampleAuditChain(60);
  for (const event of events) {
    assert.equal(auditEventHash({ ...event, createdAt: event.createdAt.toISOString() }, event.prevHash), event.hash, `seq ${event.seq}`);
  }
  assert.equal(events[0]!.prevHash, GENESIS_HASH);
});

test("every hashed field and the link change the hash", () => {
  const [event] = sampleAuditChain(2).slice(1);
  const fields = { ...event!, createdAt: event!.createdAt.toISOString() };
  const base = auditEventHash(fields, event!.prevHash);
  const changes: Record<string, unknown> = {
    organizationId: "org_other",
    seq: 3,
    actorType: "SYSTEM",
    actorId: null,
    actorUserId: "someone",
    action: "x",
    subjectType: "Model",
    subjectId: "mv_x",
    before: null,
    after: `${fields.after} `,
    context: "{}",
    createdAt: "2026-01-01T00:00:03.000Z",
  };
  for (const [key, value] of Object.entries(changes)) assert.notEqual(auditEventHash({ ...fields, [key]: value }, event!.prevHash), base, key);
  assert.notEqual(auditEventHash(fields, GENESIS_HASH), base, "prevHash");
  // Moving a byte from one payload to the next must not give the same text (length prefixes).
  assert.notEqual(
    auditEventHash({ ...fields, before: "ab", after: "c" }, event!.prevHash),
    auditEventHash({ ...fields, before: "a", after: "bc" }, event!.prevHash),
  );
  assert.equal(coreAuditHash({ ...event!, createdAt: new Date(fields.createdAt) }, event!.prevHash), base);
});
