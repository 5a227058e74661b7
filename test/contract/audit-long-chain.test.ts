// Verification reads long chains page by page, and splits very long ones between worker threads:
// tampering at page and segment boundaries, and a gap longer than a page, are reported at the first
// tampered event like anywhere else, with the same verdict in-process and with 2 or 3 threads.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { testDatabaseKinds } from "../support/databases/kinds";
import { runScript } from "../support/run-script";

for (const kind of testDatabaseKinds()) {
  describe(`audit chain across pages and threads [${kind}]`, () => {
    test("an 11,500-event chain: each tampering is reported at its first event and the chain verifies once restored", async () => {
      const v = await runScript<Record<string, any>>("test/support/fixtures/long-chain.ts", kind);
      assert.deepEqual([v.intact.valid, v.intact.eventCount, v.intact.headSeq], [true, 11_500, 11_500]);
      const expect = (name: string, seq: number, idIndex: number | null, reason: RegExp) => {
        const r = v[name];
        assert.ok(r, `scenario ${name}`);
        assert.equal(r.sameWithWorkers, true, `${name}: in-process and threaded verdicts differ: ${JSON.stringify(r.verdicts)}`);
        assert.deepEqual(
          [r.valid, r.firstBrokenSeq, r.idMatches, r.eventCount, r.restored],
          [false, seq, idIndex, seq - 1, true],
          `${name}: ${JSON.stringify(r)}`,
        );
        assert.match(r.reason, reason, name);
      };
      expect("delete 500 (end of a page)", 500, null, /event 500 is missing/);
      expect("delete 501 (start of a page)", 501, null, /event 501 is missing/);
      expect("delete 5750 (end of the first segment)", 5750, null, /event 5750 is missing/);
      expect("delete 5751 (start of the second segment)", 5751, null, /event 5751 is missing/);
      expect("delete 5000..10000 (across pages and segments)", 5000, null, /event 5000 is missing/);
      expect("delete the last event", 11_500, null, /event 11500 is missing/);
      expect("alter 5751 (start of the second segment)", 5751, 0, /content does not match/);
      expect("alter 10001", 10001, 0, /content does not match/);
      expect("rewrite 5000 with its hash", 5000, 0, /next event links/);
      expect("rewrite 5750 with its hash (end of the first segment)", 5750, 0, /next event links/);
    });
  });
}
