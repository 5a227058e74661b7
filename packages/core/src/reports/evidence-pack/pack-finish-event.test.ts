// Reading a reportRun.finish event for an evidence pack: the file digest from `after`, the manifest
// digest and chain head from `context`, and whether the stored hash still recomputes; a pack is recorded
// only when all of them agree.
import assert from "node:assert/strict";
import { test } from "node:test";
import { auditHash, canonicalAuditJson, GENESIS_HASH } from "../../audit/canonical";
import { packFinishEvent, recordsPack, type FinishEventRow } from "./pack-finish-event";

const PACK = "a".repeat(64);
const MANIFEST = "b".repeat(64);

function row(overrides: { after?: Record<string, unknown>; context?: Record<string, unknown> } = {}): FinishEventRow {
  const fields = {
    organizationId: "org",
    seq: 7,
    actorType: "SYSTEM",
    actorId: "report",
    actorUserId: null,
    action: "reportRun.finish",
    subjectType: "ReportRun",
    subjectId: "run1",
    before: null,
    after: canonicalAuditJson(overrides.after ?? { id: "run1", kind: "evidence-pack", fileDigest: PACK, jobId: "job1" }),
    context: canonicalAuditJson(overrides.context ?? { jobId: "job1", manifestSha256: MANIFEST, auditChainHead: { seq: 6, hash: "c".repeat(64) } }),
    createdAt: new Date("2028-01-15T10:00:00.123Z"),
  };
  return { id: "ev1", ...fields, prevHash: GENESIS_HASH, hash: auditHash(fields, GENESIS_HASH) };
}

test("an unaltered event of a pack's run records that pack", () => {
  const event = packFinishEvent(row());
  assert.equal(event.hashValid, true);
  assert.equal(event.fileDigest, PACK);
  assert.equal(event.manifestSha256, MANIFEST);
  assert.deepEqual(event.auditChainHead, { seq: 6, hash: "c".repeat(64) });
  assert.equal(event.jobId, "job1");
  assert.equal(event.reportKind, "evidence-pack");
  assert.equal(recordsPack(event, { packSha256: PACK, manifestSha256: MANIFEST }), true);
});

test("another pack, another manifest, an altered event or another kind of report is not a match", () => {
  const event = packFinishEvent(row());
  assert.equal(recordsPack(event, { packSha256: "d".repeat(64), manifestSha256: MANIFEST }), false);
  assert.equal(recordsPack(event, { packSha256: PACK, manifestSha256: "d".repeat(64) }), false);
  assert.equal(recordsPack(event, { packSha256: PACK, manifestSha256: null }), false);

  const altered = { ...row(), context: row().context!.replace(MANIFEST, "e".repeat(64)) };
  const read = packFinishEvent(altered);
  assert.equal(read.hashValid, false);
  assert.equal(recordsPack(read, { packSha256: PACK, manifestSha256: "e".repeat(64) }), false, "an edited event does not vouch for anything");

  const inventory = packFinishEvent(row({ after: { id: "run1", kind: "inventory", fileDigest: PACK } }));
  assert.equal(inventory.hashValid, true);
  assert.equal(recordsPack(inventory, { packSha256: PACK, manifestSha256: MANIFEST }), false);
});

test("text that is not JSON reads as nothing recorded, never throws", () => {
  const broken = packFinishEvent({ ...row(), after: "{not json", context: null });
  assert.equal(broken.fileDigest, null);
  assert.equal(broken.manifestSha256, null);
  assert.equal(broken.hashValid, false);
});
