// Verification reads long chains page by page (5,000 events a page): tampering at page boundaries, and a
// gap longer than a page, are reported at the first tampered event like anywhere else.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import path from "node:path";
import { describe, test } from "node:test";
import { promisify } from "node:util";
import { createTestDatabase, testDatabaseKinds } from "../support/databases";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

for (const kind of testDatabaseKinds()) {
  describe(`audit chain across pages [${kind}]`, () => {
    test("an 11,500-event chain: each tampering is reported at its first event and the chain verifies once restored", async () => {
      const db = await createTestDatabase(kind);
      try {
        const { stdout } = await promisify(execFile)(TSX, [path.join(ROOT, "test/contract/fixtures/long-chain.ts")], {
          cwd: ROOT,
          env: { ...process.env, DATABASE_URL: db.url, NODE_ENV: "test", LOG_LEVEL: "warn" },
          maxBuffer: 10_000_000,
        });
        const v = JSON.parse(stdout) as Record<string, any>;
        assert.deepEqual([v.intact.valid, v.intact.eventCount, v.intact.headSeq], [true, 11_500, 11_500]);
        const expect = (name: string, seq: number, idIndex: number | null, reason: RegExp) => {
          const r = v[name];
          assert.deepEqual([r.valid, r.firstBrokenSeq, r.idMatches, r.eventCount, r.restored], [false, seq, idIndex, seq - 1, true], `${name}: ${JSON.stringify(r)}`);
          assert.match(r.reason, reason, name);
        };
        expect("delete 5000 (end of page 1)", 5000, null, /event 5000 is missing/);
        expect("delete 5001 (start of page 2)", 5001, null, /event 5001 is missing/);
        expect("delete 10000 (end of page 2)", 10000, null, /event 10000 is missing/);
        expect("delete 5000..10000 (a whole page and more)", 5000, null, /event 5000 is missing/);
        expect("delete the last event", 11_500, null, /event 11500 is missing/);
        expect("alter 10001 (start of page 3)", 10001, 0, /content does not match/);
        expect("rewrite 5000 with its hash", 5000, 0, /next event links/);
      } finally {
        await db.drop();
      }
    });
  });
}
