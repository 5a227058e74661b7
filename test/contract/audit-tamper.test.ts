// The audit trail is append-only in the database itself, and tampering by someone who gets around that
// (the database owner dropping the triggers) is caught by verifyAuditChain at the first tampered event.
// Each scenario tampers with org A's chain, checks the verdict, then puts the rows back exactly and
// checks that the chain verifies again, so every scenario starts from an intact chain.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { auditHash, canonicalAuditJson } from "../../packages/core/src/audit/canonical";
import { codes, describeContract, type TestApi } from "../support/contract";
import { dropAuditTriggers, openOwnerSql, saveAuditRows, type OwnerSql } from "../support/fixtures/owner-sql";

const VERIFY = `{ verifyAuditChain { valid eventCount headSeq firstBrokenSeq firstBrokenEventId reason } }`;
const EVENTS = `{ auditEvents(first: 100) { nodes { id seq actorType actorId actorUserId action subjectType subjectId before after context createdAt prevHash hash } } }`;

interface Event {
  id: string;
  seq: number;
  actorType: string;
  actorId: string | null;
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  before: unknown;
  after: any;
  context: unknown;
  createdAt: string;
  prevHash: string;
  hash: string;
}

/** An audit row exactly as stored (before/after/context are canonical JSON text). */
interface Row {
  id: string;
  seq: number;
  organizationId: string;
  actorType: string;
  actorId: string | null;
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  before: string | null;
  after: string | null;
  context: string | null;
  createdAtText: string;
  prevHash: string;
  hash: string;
}

const verify = async (a: TestApi, token?: string) => (await a.ok(VERIFY, {}, token)).verifyAuditChain;
/** Org A's events, oldest first. */
const events = async (a: TestApi): Promise<Event[]> => (await a.ok(EVENTS)).auditEvents.nodes.reverse();

async function assertIntact(a: TestApi, count: number) {
  const v = await verify(a);
  assert.deepEqual(v, { valid: true, eventCount: count, headSeq: count, firstBrokenSeq: null, firstBrokenEventId: null, reason: null });
}

describeContract(
  "audit tamper evidence",
  (api) => {
    let db: OwnerSql;
    let chain: Event[];
    before(async () => {
      const a = api();
      for (const name of ["one", "two", "three", "four"]) {
        const { createAISystem } = await a.ok(`mutation($i: CreateAISystemInput!) { createAISystem(input: $i) { id } }`, {
          i: { reference: `tamper-${name}`, name },
        });
        await a.ok(`mutation($id: ID!) { updateAISystem(id: $id, input: { name: "renamed" }) { id } }`, { id: createAISystem.id });
      }
      db = await openOwnerSql(a.kind, a.databaseUrl);
      chain = await events(a);
      assert.ok(chain.length >= 12);
      assert.deepEqual(
        chain.map((e) => e.seq),
        chain.map((_, i) => i + 1),
      );
    });
    after(async () => db?.close());

    const middle = () => chain.find((e) => e.seq > 4 && e.action === "aiSystem.update")!;
    const raw = async (id: string) => (await db.all<Row>(`SELECT *, CAST("createdAt" AS TEXT) AS "createdAtText" FROM "AuditEvent" WHERE id = ?`, [id]))[0]!;
    /** The stored instant (SQLite: ISO with an offset; PostgreSQL: UTC without one). */
    const instant = (text: string) => {
      const iso = text.replace(" ", "T");
      return new Date(/(Z|[+-]\d\d:\d\d)$/.test(iso) ? iso : `${iso}Z`);
    };

    test("verification runs while events are appended and reports the chain intact", async () => {
      const a = api();
      const appends = Array.from({ length: 12 }, (_, i) =>
        a.ok(`mutation($i: CreateAISystemInput!) { createAISystem(input: $i) { id } }`, { i: { reference: `concurrent-${i}`, name: `c${i}` } }),
      );
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
      assert.deepEqual(
        (await events(a)).map((e) => [e.id, e.action, e.hash]),
        chain.map((e) => [e.id, e.action, e.hash]),
        "no row was changed",
      );
      await assertIntact(a, chain.length);
      // The chain head is not an audit row: the API still appends.
      await a.ok(`mutation { createAISystem(input: { reference: "after-refusals", name: "after" }) { id } }`);
      chain = await events(a);
      await assertIntact(a, chain.length);
    });

    test("the API serves before/after/context parsed, and the person behind the credential", async () => {
      const a = api();
      const update = middle();
      assert.equal(update.after.name, "renamed");
      assert.equal(typeof update.before, "object");
      assert.equal(update.actorType, "TOKEN");
      assert.equal(update.actorUserId, a.orgA.adminUserId);
      const stored = await raw(update.id);
      assert.equal(canonicalAuditJson(update.after), stored.after, "the stored text is the canonical form of what is served");
    });

    test("an altered event (after text, or action) is reported as exactly that event", async () => {
      const a = api();
      await dropAuditTriggers(db);
      const target = middle();
      const restore = await saveAuditRows(db, [target.id]);
      const edit = db.kind === "sqlite" ? `json_set("after", '$.name', 'tampered')` : `jsonb_set("after"::jsonb, '{name}', '"tampered"')::text`;
      assert.equal(await db.run(`UPDATE "AuditEvent" SET "after" = ${edit} WHERE id = ?`, [target.id]), 1);
      const v = await verify(a);
      assert.deepEqual([v.valid, v.firstBrokenSeq, v.firstBrokenEventId, v.eventCount], [false, target.seq, target.id, target.seq - 1]);
      assert.match(v.reason, /content does not match its hash/);
      assert.equal((await verify(a, a.orgB.tokens.ADMIN)).valid, true, "org B's chain is its own");
      await restore();
      await assertIntact(a, chain.length);

      // Text that is not JSON at all: the verifier hashes text, it never parses it; readers get a coded error.
      const restoreText = await saveAuditRows(db, [target.id]);
      await db.run(`UPDATE "AuditEvent" SET "after" = '{"name": "unterminated' WHERE id = ?`, [target.id]);
      const t = await verify(a);
      assert.deepEqual([t.valid, t.firstBrokenSeq, t.firstBrokenEventId], [false, target.seq, target.id]);
      assert.match(t.reason, /content does not match its hash/);
      const listed = await a.gql(`query($id: String) { auditEvents(filter: { subjectId: $id }) { nodes { seq after } } }`, { id: target.subjectId });
      assert.deepEqual(codes(listed), ["PRECONDITION_FAILED"]);
      assert.match(listed.errors![0]!.message, new RegExp(`Audit event ${target.seq}: the stored after is not JSON`));
      await restoreText();
      await assertIntact(a, chain.length);

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

      const x = await raw(chain[2]!.id);
      const y = await raw(chain[5]!.id);
      const restoreXY = await saveAuditRows(db, [x.id, y.id]);
      const swap = (to: Row, from: Row) =>
        db.run(`UPDATE "AuditEvent" SET action = ?, "subjectId" = ?, "after" = ? WHERE id = ?`, [from.action, from.subjectId, from.after, to.id]);
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
        const row = await raw(e.id);
        const after = canonicalAuditJson({ ...JSON.parse(row.after!), name: "rewritten" });
        const hash = auditHash({ ...row, after, createdAt: instant(row.createdAtText) }, row.prevHash);
        assert.equal(await db.run(`UPDATE "AuditEvent" SET "after" = ?, hash = ? WHERE id = ?`, [after, hash, e.id]), 1);
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

    test("malformed stored values are reported as a broken event at their seq, never as an error", async () => {
      const a = api();
      await dropAuditTriggers(db);
      const target = middle();
      const sqlite = db.kind === "sqlite";
      // [what, SQL (target id as its one parameter), expected first broken event id, reason]
      type Case = [string, string, string | null, RegExp];
      const cases: Case[] = [
        ["a NULL where text is allowed", `UPDATE "AuditEvent" SET "actorId" = NULL WHERE id = ?`, target.id, /content does not match its hash/],
        ...(sqlite
          ? ([
              // (SQLite turns a number written into a text column into text; a blob stays a blob.)
              [
                "text that is not an instant",
                `UPDATE "AuditEvent" SET "createdAt" = 'garbage' WHERE id = ?`,
                target.id,
                /stored createdAt is not a valid instant \("garbage"\)/,
              ],
              [
                "an instant out of range (epoch ms)",
                `UPDATE "AuditEvent" SET "createdAt" = 8640000000000001 WHERE id = ?`,
                target.id,
                /stored createdAt is not a valid instant/,
              ],
              ["a blob in a text column", `UPDATE "AuditEvent" SET "before" = X'7b7d' WHERE id = ?`, target.id, /stored before is not text \(2-byte blob\)/],
              [
                "a blob in a required text column",
                `UPDATE "AuditEvent" SET action = X'61' WHERE id = ?`,
                target.id,
                /stored action is not text \(1-byte blob\)/,
              ],
              ["a seq that is not a number", `UPDATE "AuditEvent" SET seq = 'abc' WHERE id = ?`, null, new RegExp(`event ${target.seq} is missing`)],
              ["a seq that is not an integer", `UPDATE "AuditEvent" SET seq = seq + 0.5 WHERE id = ?`, target.id, /stored seq is not an integer/],
            ] satisfies Case[])
          : ([
              [
                "an infinite instant",
                `UPDATE "AuditEvent" SET "createdAt" = 'infinity' WHERE id = ?`,
                target.id,
                /stored createdAt is not a valid instant \("infinity"\)/,
              ],
              [
                "an instant beyond JavaScript's range",
                `UPDATE "AuditEvent" SET "createdAt" = '280000-01-01 00:00:00' WHERE id = ?`,
                target.id,
                /stored createdAt is not a valid instant/,
              ],
              ["a NULL where text is required", `UPDATE "AuditEvent" SET action = NULL WHERE id = ?`, target.id, /stored action is not text \(NULL\)/],
              ["a NULL hash", `UPDATE "AuditEvent" SET hash = NULL WHERE id = ?`, target.id, /stored hash is not text \(NULL\)/],
            ] satisfies Case[])),
      ];
      if (!sqlite) await db.exec(`ALTER TABLE "AuditEvent" ALTER COLUMN "action" DROP NOT NULL, ALTER COLUMN "hash" DROP NOT NULL`);
      try {
        for (const [what, sql, id, reason] of cases) {
          const restore = await saveAuditRows(db, [target.id]);
          assert.equal(await db.run(sql, [target.id]), 1, what);
          const res = await a.gql(VERIFY);
          assert.equal(res.errors, undefined, `${what}: ${JSON.stringify(res.errors)}`);
          const v = res.data.verifyAuditChain;
          assert.deepEqual(
            [v.valid, v.firstBrokenSeq, v.firstBrokenEventId, v.eventCount],
            [false, target.seq, id, target.seq - 1],
            `${what}: ${JSON.stringify(v)}`,
          );
          assert.match(v.reason, reason, what);
          await restore();
        }
      } finally {
        if (!sqlite) await db.exec(`ALTER TABLE "AuditEvent" ALTER COLUMN "action" SET NOT NULL, ALTER COLUMN "hash" SET NOT NULL`);
      }
      await assertIntact(a, chain.length);

      // The chain head too: it is not an audit row, and nothing guards it but the verifier.
      const [head] = await db.all<{ seq: unknown; hash: string }>(`SELECT seq, hash FROM "AuditChainHead" WHERE "organizationId" = ?`, [a.orgA.organizationId]);
      const broken = sqlite
        ? `UPDATE "AuditChainHead" SET seq = 'x' WHERE "organizationId" = ?`
        : `UPDATE "AuditChainHead" SET hash = '' WHERE "organizationId" = ?`;
      await db.run(broken, [a.orgA.organizationId]);
      const h = await verify(a);
      assert.deepEqual([h.valid, h.firstBrokenSeq], [false, chain.length]);
      assert.match(h.reason, sqlite ? /the chain head is malformed/ : /not the one the chain head records/);
      await db.run(`UPDATE "AuditChainHead" SET seq = ?, hash = ? WHERE "organizationId" = ?`, [Number(head!.seq), head!.hash, a.orgA.organizationId]);
      await assertIntact(a, chain.length);
    });
  },
  { ownServer: "it drops the audit triggers and rewrites audit rows in the database" },
);
