// productionSnapshot loads what it shows in batches: the number of SQL statements does not grow with
// the page size (alias pointers with their models and versions; deployments with their subjects).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { testDatabaseKinds } from "../support/databases/kinds";
import { runScript } from "../support/run-script";

for (const kind of testDatabaseKinds()) {
  describe(`production snapshot batching [${kind}]`, () => {
    test("statement counts do not grow from a page of 2 to a page of 16", async () => {
      const counts = await runScript<Record<string, { small: number; large: number; rows: number }>>("test/support/statements/count-snapshot.ts", kind);
      assert.deepEqual(Object.keys(counts).sort(), ["organisation", "system"]);
      for (const [name, c] of Object.entries(counts)) {
        assert.equal(c.rows, 24, `${name}: 8 alias pointers and 16 deployments on the large page`);
        // (Equal up to DataLoader tick alignment: a loader shared by both lists may batch once or twice.)
        assert.ok(c.large <= c.small, `${name}: ${c.small} statements for a page of 2, ${c.large} for ${c.rows} rows`);
        assert.ok(c.large <= 14, `${name}: ${c.large} statements`);
      }
    });
  });
}
