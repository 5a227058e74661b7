// The number of SQL statements of a list operation must not grow with its page size: evaluations,
// cards, release components and deployment subjects are loaded with per-request DataLoaders.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { testDatabaseKinds } from "../support/databases/kinds";
import { runScript } from "../support/run-script";

for (const kind of testDatabaseKinds()) {
  describe(`registry batching [${kind}]`, () => {
    test("statement counts are the same for a page of 2 and a page of 16", async () => {
      const counts = await runScript<Record<string, { small: number; large: number; rows: number }>>("test/support/statements/count-registry.ts", kind);
      assert.deepEqual(Object.keys(counts).sort(), ["deployments", "evaluations", "releases", "versionFields"]);
      for (const [name, c] of Object.entries(counts)) {
        assert.ok(c.rows >= 8, `${name}: the large page really holds many rows (${c.rows})`);
        assert.equal(c.large, c.small, `${name}: ${c.small} statements for 2 rows, ${c.large} for ${c.rows}`);
        assert.ok(c.large <= 12, `${name}: ${c.large} statements`);
      }
    });
  });
}
