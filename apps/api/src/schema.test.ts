import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { Permission } from "@canon/core";
import { canonSchema } from "./schema";
import { SCHEMA_FILE, schemaSdl } from "./emit-schema";

test("every query and mutation declares who may call it", async () => {
  const schema = await canonSchema();
  const known = new Set<string>(Object.values(Permission));
  const missing: string[] = [];
  let count = 0;
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      count += 1;
      const permission = field.extensions?.permission;
      if (typeof permission !== "string" || !known.has(permission)) missing.push(`${type.name}.${field.name}`);
    }
  }
  assert.ok(count > 10, `schema has ${count} operations`);
  assert.deepEqual(missing, [], `operations without an @Allow rule: ${missing.join(", ")}`);
});

test("the committed apps/api/schema.graphql is up to date (run `npm run schema:emit`)", async () => {
  const committed = readFileSync(SCHEMA_FILE, "utf8");
  assert.equal(committed, await schemaSdl());
});
