// The number of SQL statements a request sends must not grow with the page size: nested fields of
// models, versions, aliases and datasets load through per-request DataLoaders.
import assert from "node:assert/strict";
import { test } from "node:test";
import { testDatabaseKinds } from "../support/databases/kinds";
import { runScript } from "../support/run-script";

for (const kind of testDatabaseKinds()) {
  test(`models, versions, aliases and datasets: SQL statements per request do not grow with page size [${kind}]`, async () => {
    const counts = await runScript<Record<string, { statements: Record<string, number>; rows: number }>>("test/support/statements/count-models.ts", kind);
    assert.deepEqual(Object.keys(counts).sort(), ["aliases", "datasets", "modelVersions", "models"]);
    for (const [query, { statements: bySize, rows }] of Object.entries(counts)) {
      assert.ok(rows >= 4, `${query}: the largest page really holds many rows (${rows})`);
      const values = Object.values(bySize);
      assert.ok(values[0]! > 0, `${query}: statements were counted`);
      assert.equal(new Set(values).size, 1, `${query}: ${JSON.stringify(bySize)} statements for page sizes 2, 4 and 12`);
    }
  });
}
