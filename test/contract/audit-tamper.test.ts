// The audit trail is append-only in the database itself, and tampering by someone who gets around that
// (the database owner dropping the triggers) is caught by verifyAuditChain at the first tampered event.
// Each scenario tampers with org A's chain, checks the verdict, then puts the rows back exactly and
// checks that the chain verifies again, so every scenario starts from an intact chain.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { auditHash } from "../../packages/core/src/audit/canonical";
import { describeContract } from "../support/contract";
import type { TestApi } from "../support/api-server";
import { dropAuditTriggers, jsonParam, openOwnerSql, saveAuditRows, type OwnerSql } from "./helpers/owner-sql";

const VERIFY = `{ verifyAuditChain { valid eventCount headSeq firstBrokenSeq firstBrokenEventId reason } }`;
const EVENTS = `{ auditEvents(first: 100) { nodes { id seq actorType actorId action subjectType subjectId before after createdAt prevHash hash } } }`;

interface Event {
  id: string; seq: number; actorType: string; actorId: string | null; action: string; subjectType: string;
  subjectId: string | null; before: unknown; after: any; createdAt: string; prevHash: string; hash: string;
}

const verify = async (a: TestApi, token?: string) => (await a.ok(VERIFY, {}, token)).verifyAuditChain;
/** Org A's events, oldest first. */
const events = async (a: TestApi): Promise<Event[]> => (await a.ok(EVENTS)).auditEvents.nodes.reverse();

async function assertIntact(a: TestApi, count: number) {
  const v = await verify(a);
  assert.deepEqual(v, { valid: true, eventCount: count, headSeq: count, firstBrokenSeq: null, firstBrokenEventId: null, reason: null });
}

describeContract("audit tamper evidence", (api) => {
  let db: OwnerSql;
  let chain: Event[];
  before(async () => {
    const a = api();
    for (const name of ["one", "two", "three", "four"]) {
      const { createAISystem } = await a.ok(`mutation($i: CreateAISystemInput!) { createAISystem(input: $i) { id } }`, { i: { reference: `tamper-${name}`, name } });
      await a.ok(`mutation($id: ID!) { updateAISystem(id: $id, input: { name: "renamed" }) { id } }`, { id: createAISystem.id });
    }
    db = await openOwnerSql(a.kind, a.databaseUrl);
    chain = await events(a);
    assert.ok(chain.length >= 12);
    assert.deepEqual(chain.map((e) => e.seq), chain.map((_, i) => i + 1));
  });
  after(async () => db?.close());

  const middle = () => chain.find((e) => e.seq > 4 && e.action === "aiSystem.update")!;

  test("verification runs while events are appended and reports the chain intact", async () => {
    const a = api();
    const appends = Array.from({ length: 12 }, (_, i) => a.ok(`mutation($i: CreateAISystemInput!) { createAISystem(input: $i) { id } }`, { i: { reference: `concurrent-${i}`, name: `c${i}` } }));
    const verdicts = await Promise.all([verify(a), verify(a), verify(a)]);
    await Promise.all(appends);
    for (const v of verdicts) assert.equal(v.valid, true, JSON.stringify(v));
    chain = await events(a);
    await assertIntact(a, chain.length);
  });

  test("the database refuses UPDATE, DELETE (and on PostgreSQL TRUNCATE) of audit rows", async () => {
    const a = api();
    const target = middle();
    const refused = [
      [`UPDATE "AuditEvent" SET action = 'aiSystem.delete' WHERE id = ?`, [target.id]],
      [`UPDATE "AuditEvent" SET "createdAt" = "createdAt"`, []],
      [`DELETE FROM "AuditEvent" WHERE id = ?`, [target.id]],
      [`DELETE FROM "AuditEvent"`, []],
      ...(db.kind === "postgres" ? [[`TRUNCATE "AuditEvent"`, []]] : []),
    ] as [string, unknown[]][];
    for (const [sql, params] of refused) {
      await assert.rejects(db.run(sql, params), /audit events are append-only/, sql);
    }
    const rows = await db.all<{ n: number | string }>(`SELECT count(*) AS n FROM "AuditEvent" WHERE "organizationId" = ?`, [a.orgA.organizationId]);
    assert.equal(Number(rows[0]!.n), chain.length, "no row was removed");
    assert.deepEqual((await events(a)).map((e) => [e.id, e.action, e.hash]), chain.map((e) => [e.id, e.action, e.hash]), "no row was changed");
    await assertIntact(a, chain.length);
    // The chain head is not an audit row: the API still appends.
    await a.ok(`mutation { createAISystem(input: { reference: "after-refusals", name: "after" }) { id } }`);
    chain = await events(a);
    await assertIntact(a, chain.length);
  });

  test("an altered event (after JSON, or action) is reported as exactly that event", async () => {
    const a = api();
    await dropAuditTriggers(db);
    const target = middle();
    const restore = await saveAuditRows(db, [target.id]);
    const edit = db.kind === "sqlite" ? `json_set("after", '$.name', 'tampered')` : `jsonb_set("after", '{name}', '"tampered"')`;
    assert.equal(await db.run(`UPDATE "AuditEvent" SET "after" = ${edit} WHERE id = ?`, [target.id]), 1);
    const v = await verify(a);
    assert.deepEqual([v.valid, v.firstBrokenSeq, v.firstBrokenEventId, v.eventCount], [false, target.seq, target.id, target.seq - 1]);
    assert.match(v.reason, /content does not match its hash/);
    assert.equal((await verify(a, a.orgB.tokens.ADMIN)).valid, true, "org B's chain is its own");
    await restore();
    await assertIntact(a, chain.length);

    if (db.kind === "sqlite") {
      // SQLite stores JSON as text: text that is not JSON at all is reported, not a crash.
      const restoreText = await saveAuditRows(db, [target.id]);
      await db.run(`UPDATE "AuditEvent" SET "after" = '{"name": "unterminated' WHERE id = ?`, [target.id]);
      const t = await verify(a);
      assert.deepEqual([t.valid, t.firstBrokenSeq, t.firstBrokenEventId, t.reason], [false, target.seq, target.id, "event content is not valid JSON"]);
      await restoreText();
      await assertIntact(a, chain.length);
    }

    const other = chain[chain.length - 3]!;
    const restoreOther = await saveAuditRows(db, [other.id]);
    await db.run(`UPDATE "AuditEvent" SET action = 'member.remove' WHERE id = ?`, [other.id]);
    const w = await verify(a);
    assert.deepEqual([w.valid, w.firstBrokenSeq, w.firstBrokenEventId], [false, other.seq, other.id]);
    await restoreOther();
    await assertIntact(a, chain.length);
  });

  test("a deleted event is reported as the gap it leaves (first missing seq), also at the end", async () => {
    const a = api();
    await dropAuditTriggers(db);
    const target = middle();
    const restore = await saveAuditRows(db, [target.id]);
    assert.equal(await db.run(`DELETE FROM "AuditEvent" WHERE id = ?`, [target.id]), 1);
    const v = await verify(a);
    assert.deepEqual([v.valid, v.firstBrokenSeq, v.firstBrokenEventId, v.eventCount], [false, target.seq, null, target.seq - 1]);
    assert.match(v.reason, new RegExp(`event ${target.seq} is missing`));
    await restore();
    await assertIntact(a, chain.length);

    const last = chain[chain.length - 1]!;
    const restoreLast = await saveAuditRows(db, [last.id]);
    await db.run(`DELETE FROM "AuditEvent" WHERE id = ?`, [last.id]);
    const w = await verify(a);
    assert.deepEqual([w.valid, w.firstBrokenSeq, w.firstBrokenEventId], [false, last.seq, null]);
    assert.match(w.reason, /missing/);
    await restoreLast();
    await assertIntact(a, chain.length);
  });

  test("reordered events (seq swapped, or content swapped) are reported at the first of them", async () => {
    const a = api();
    await dropAuditTriggers(db);
    const first = middle();
    const second = chain[first.seq]!; // the event right after it
    const restore = await saveAuditRows(db, [first.id, second.id]);
    await db.run(`UPDATE "AuditEvent" SET seq = -1 WHERE id = ?`, [first.id]);
    await db.run(`UPDATE "AuditEvent" SET seq = ? WHERE id = ?`, [first.seq, second.id]);
    await db.run(`UPDATE "AuditEvent" SET seq = ? WHERE id = ?`, [second.seq, first.id]);
    const v = await verify(a);
    // Position first.seq now holds the second event: that is where the chain breaks.
    assert.deepEqual([v.valid, v.firstBrokenSeq, v.firstBrokenEventId], [false, first.seq, second.id]);
    await restore();
    await assertIntact(a, chain.length);

    const columns = `action = ?, "subjectId" = ?, "after" = ${jsonParam(db)}`;
    const swap = async (to: Event, from: Event) =>
      db.run(`UPDATE "AuditEvent" SET ${columns} WHERE id = ?`, [from.action, from.subjectId, JSON.stringify(from.after), to.id]);
    const x = chain[2]!;
    const y = chain[5]!;
    const restoreXY = await saveAuditRows(db, [x.id, y.id]);
    await swap(x, y);
    await swap(y, x);
    const w = await verify(a);
    assert.deepEqual([w.valid, w.firstBrokenSeq, w.firstBrokenEventId], [false, x.seq, x.id]);
    await restoreXY();
    await assertIntact(a, chain.length);
  });

  test("an event rewritten together with a recomputed hash is still reported as that event", async () => {
    const a = api();
    await dropAuditTriggers(db);
    const rewrite = async (e: Event) => {
      const after = { ...e.after, name: "rewritten" };
      const hash = auditHash({ ...e, organizationId: a.orgA.organizationId, after, createdAt: new Date(e.createdAt) }, e.prevHash);
      assert.equal(await db.run(`UPDATE "AuditEvent" SET "after" = ${jsonParam(db)}, hash = ? WHERE id = ?`, [JSON.stringify(after), hash, e.id]), 1);
    };
    // The last event: consistent with its own content, but not with the chain head.
    chain = await events(a);
    const last = chain[chain.length - 1]!;
    const restoreLast = await saveAuditRows(db, [last.id]);
    await rewrite(last);
    const v = await verify(a);
    assert.deepEqual([v.valid, v.firstBrokenSeq, v.firstBrokenEventId], [false, last.seq, last.id]);
    assert.match(v.reason, /chain head/);
    await restoreLast();
    await assertIntact(a, chain.length);

    // A middle event: consistent with its own content, but the next event links to the old hash.
    const target = middle();
    const restore = await saveAuditRows(db, [target.id]);
    await rewrite(target);
    const w = await verify(a);
    assert.deepEqual([w.valid, w.firstBrokenSeq, w.firstBrokenEventId, w.eventCount], [false, target.seq, target.id, target.seq - 1]);
    assert.match(w.reason, /next event links/);
    await restore();
    await assertIntact(a, chain.length);
  });
});
