// The export's events come page by page from the snapshot, in seq order, every seq of the range; a hole
// or a malformed row stops the export naming the seq; a subject-type filter yields only that type but
// still reads (and checks) the whole run.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { AuditChainSnapshot, ReadAuditEvent, StoredAuditEvent } from "../../audit/read-audit-page";
import { auditEventPages } from "./audit-event-pages";

function event(seq: number, subjectType = "AISystem"): StoredAuditEvent {
  return {
    id: `e${seq}`,
    organizationId: "org",
    seq,
    actorType: "USER",
    actorId: "u",
    actorUserId: "u",
    action: "aiSystem.update",
    subjectType,
    subjectId: "s",
    before: null,
    after: "{}",
    context: null,
    createdAt: new Date(Date.UTC(2028, 0, 1, 0, 0, seq)),
    prevHash: "0".repeat(64),
    hash: String(seq).padStart(64, "0"),
  };
}

function snapshot(events: ReadAuditEvent[]) {
  const scans: [number, number][] = [];
  const scan: AuditChainSnapshot["scan"] = async (from, to, visit) => {
    scans.push([from, to]);
    for (const e of events) if (e.seq >= from && e.seq <= to && !visit(e)) return;
  };
  return { snapshot: { scan }, scans };
}

const collect = async <T>(source: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
};

test("every seq of the range, in order, one page at a time", async () => {
  const { snapshot: s, scans } = snapshot(Array.from({ length: 12 }, (_, i) => event(i + 1)));
  const events = await collect(auditEventPages(s, 3, 11, { pageSize: 4 }));
  assert.deepEqual(
    events.map((e) => e.seq),
    [3, 4, 5, 6, 7, 8, 9, 10, 11],
  );
  assert.deepEqual(scans, [
    [3, 6],
    [7, 10],
    [11, 11],
  ]);
  assert.equal(events[0]!.hash, event(3).hash);
});

test("an empty range reads nothing", async () => {
  const { snapshot: s, scans } = snapshot([event(1)]);
  assert.deepEqual(await collect(auditEventPages(s, 2, 1)), []);
  assert.deepEqual(scans, []);
});

test("a missing seq, inside a page or at its end, stops the export naming it", async () => {
  const inside = snapshot([1, 2, 4, 5].map((n) => event(n))).snapshot;
  await assert.rejects(
    collect(auditEventPages(inside, 1, 5, { pageSize: 10 })),
    (e: Error & { code?: string }) => e.code === "PRECONDITION_FAILED" && /no event at seq 3/.test(e.message),
  );
  const end = snapshot([1, 2, 3].map((n) => event(n))).snapshot;
  await assert.rejects(collect(auditEventPages(end, 1, 4, { pageSize: 2 })), /no event at seq 4/);
});

test("a malformed row stops the export naming its seq", async () => {
  const { snapshot: s } = snapshot([event(1), { id: "e2", seq: 2, malformed: "stored createdAt is not a valid instant (NULL)" }]);
  await assert.rejects(collect(auditEventPages(s, 1, 2)), /audit event seq 2 is malformed \(stored createdAt/);
});

test("a subject-type filter yields that type only, and still checks the whole run", async () => {
  const { snapshot: s } = snapshot([event(1, "Model"), event(2, "AISystem"), event(3, "Model")]);
  assert.deepEqual(
    (await collect(auditEventPages(s, 1, 3, { subjectType: "Model" }))).map((e) => e.seq),
    [1, 3],
  );
  const holed = snapshot([event(1, "Model"), event(3, "Model")]).snapshot;
  await assert.rejects(collect(auditEventPages(holed, 1, 3, { subjectType: "Model" })), /no event at seq 2/);
});
