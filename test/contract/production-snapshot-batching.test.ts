// productionSnapshot loads what it shows in batches: the number of SQL statements does not grow with
// the page size (alias pointers with their models and versions; deployments with their subjects).
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import path from "node:path";
import { describe, test } from "node:test";
import { promisify } from "node:util";
import { createTestDatabase, testDatabaseKinds } from "../support/databases";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

for (const kind of testDatabaseKinds()) {
  describe(`production snapshot batching [${kind}]`, () => {
    test("statement counts do not grow from a page of 2 to a page of 16", async () => {
      const db = await createTestDatabase(kind);
      try {
        const { stdout } = await promisify(execFile)(TSX, [path.join(ROOT, "test/contract/fixtures/count-snapshot-statements.ts")], {
          cwd: ROOT,
          env: { ...process.env, DATABASE_URL: db.url, NODE_ENV: "test", LOG_LEVEL: "warn" },
          maxBuffer: 10_000_000,
        });
        const counts = JSON.parse(stdout) as Record<string, { small: number; large: number; rows: number }>;
        assert.deepEqual(Object.keys(counts).sort(), ["organisation", "system"]);
        for (const [name, c] of Object.entries(counts)) {
          assert.equal(c.rows, 24, `${name}: 8 alias pointers and 16 deployments on the large page`);
          // (Equal up to DataLoader tick alignment: a loader shared by both lists may batch once or twice.)
          assert.ok(c.large <= c.small, `${name}: ${c.small} statements for a page of 2, ${c.large} for ${c.rows} rows`);
          assert.ok(c.large <= 14, `${name}: ${c.large} statements`);
        }
      } finally {
        await db.drop();
      }
    });
  });
}
