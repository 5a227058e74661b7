import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { T } from "./names";

const SCHEMA = readFileSync(path.resolve(import.meta.dirname, "../../../../prisma/schema.prisma"), "utf8");

function modelBlock(model: string): string | undefined {
  return new RegExp(`^model ${model} \\{([\\s\\S]*?)^\\}`, "m").exec(SCHEMA)?.[1];
}

test("every table and column raw SQL names exists under that name in the Prisma schema", () => {
  for (const t of Object.values(T)) {
    const block = modelBlock(t.model);
    assert.ok(block, `model ${t.model} exists`);
    assert.doesNotMatch(block, /@@map\(/, `${t.model} is not mapped to another table name`);
    for (const column of t.columns) {
      const line = block
        .split("\n")
        .map((l) => l.trim())
        .find((l) => l.split(/\s+/)[0] === column);
      assert.ok(line, `${t.model}.${column} is a field`);
      assert.doesNotMatch(line, /@map\(/, `${t.model}.${column} is not mapped to another column name`);
    }
  }
});

test("raw SQL in core spells table names only through this module", () => {
  // Any quoted model name in a raw statement outside sql/ is a name this module does not guard.
  const models = [...SCHEMA.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!);
  const root = path.resolve(import.meta.dirname, "..");
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") && !full.includes(`${path.sep}sql${path.sep}`)) {
        const text = readFileSync(full, "utf8");
        for (const model of models)
          if (text.includes(`"\\"${model}\\""`) || new RegExp(`(FROM|JOIN|UPDATE|INTO)\\s+"${model}"`).test(text))
            offenders.push(`${path.relative(root, full)}: "${model}"`);
      }
    }
  };
  walk(root);
  assert.deepEqual(offenders, []);
});
