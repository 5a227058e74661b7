// The number of SQL statements a request sends must not grow with the page size: nested fields of
// models, versions, aliases and datasets load through per-request DataLoaders.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import path from "node:path";
import { test } from "node:test";
import { promisify } from "node:util";
import { createTestDatabase, testDatabaseKinds } from "../support/databases";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

for (const kind of testDatabaseKinds()) {
  test(`models, versions, aliases and datasets: SQL statements per request do not grow with page size [${kind}]`, async () => {
    const db = await createTestDatabase(kind);
    try {
      const { stdout } = await promisify(execFile)(TSX, [path.join(ROOT, "test/contract/helpers/count-model-statements.ts")], {
        env: { ...process.env, DATABASE_URL: db.url, NODE_ENV: "test", LOG_LEVEL: "warn" },
        cwd: ROOT,
      });
      const counts = JSON.parse(stdout) as Record<string, { statements: Record<string, number>; rows: number }>;
      assert.deepEqual(Object.keys(counts).sort(), ["aliases", "datasets", "modelVersions", "models"]);
      for (const [query, { statements: bySize, rows }] of Object.entries(counts)) {
        assert.ok(rows >= 4, `${query}: the largest page really holds many rows (${rows})`);
        const values = Object.values(bySize);
        assert.ok(values[0]! > 0, `${query}: statements were counted`);
        assert.equal(new Set(values).size, 1, `${query}: ${JSON.stringify(bySize)} statements for page sizes 2, 4 and 12`);
      }
    } finally {
      await db.drop();
    }
  });
}
