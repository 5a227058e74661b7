// The number of SQL statements of a list operation must not grow with its page size: evaluations,
// cards, release components and deployment subjects are loaded with per-request DataLoaders.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import path from "node:path";
import { describe, test } from "node:test";
import { promisify } from "node:util";
import { createTestDatabase, testDatabaseKinds } from "../support/databases";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

for (const kind of testDatabaseKinds()) {
  describe(`registry batching [${kind}]`, () => {
    test("statement counts are the same for a page of 2 and a page of 16", async () => {
      const db = await createTestDatabase(kind);
      try {
        const { stdout } = await promisify(execFile)(TSX, [path.join(ROOT, "test/contract/fixtures/count-statements.ts")], {
          cwd: ROOT,
          env: { ...process.env, DATABASE_URL: db.url, NODE_ENV: "test", LOG_LEVEL: "warn" },
          maxBuffer: 10_000_000,
        });
        const counts = JSON.parse(stdout) as Record<string, { small: number; large: number; rows: number }>;
        assert.deepEqual(Object.keys(counts).sort(), ["deployments", "evaluations", "releases", "versionFields"]);
        for (const [name, c] of Object.entries(counts)) {
          assert.ok(c.rows >= 8, `${name}: the large page really holds many rows (${c.rows})`);
          assert.equal(c.large, c.small, `${name}: ${c.small} statements for 2 rows, ${c.large} for ${c.rows}`);
          assert.ok(c.large <= 12, `${name}: ${c.large} statements`);
        }
      } finally {
        await db.drop();
      }
    });
  });
}
