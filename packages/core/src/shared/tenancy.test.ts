import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import {
  acrossOrganizations,
  CHILD_MODELS,
  GLOBAL_MODELS,
  scopeArgs,
  scopedOrganizationId,
  TENANT_MODELS,
  tenancyExtension,
  withinOrganization,
} from "./tenancy";

const SCHEMA = readFileSync(path.resolve(import.meta.dirname, "../../../../prisma/schema.prisma"), "utf8");

/** model name → its field lines, from the Prisma schema. */
function models(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of SCHEMA.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm))
    out.set(
      m[1]!,
      m[2]!
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean),
    );
  return out;
}

test("every table is declared tenant, child (with its parent relation) or global", () => {
  const all = models();
  const tenant = [...all]
    .filter(([, lines]) => lines.some((l) => /^organizationId\s/.test(l)))
    .map(([name]) => name)
    .sort();
  assert.deepEqual([...TENANT_MODELS].sort(), tenant, "TENANT_MODELS lists exactly the tables with an organizationId column");
  for (const [child, relation] of Object.entries(CHILD_MODELS)) {
    const lines = all.get(child);
    assert.ok(lines, `${child} is a table`);
    const parent = lines.find((l) => l.startsWith(`${relation} `))?.split(/\s+/)[1];
    assert.ok(parent && (TENANT_MODELS as readonly string[]).includes(parent), `${child}.${relation} leads to a tenant table`);
  }
  const declared = new Set<string>([...TENANT_MODELS, ...Object.keys(CHILD_MODELS), ...GLOBAL_MODELS]);
  assert.deepEqual(
    [...all.keys()].filter((m) => !declared.has(m)),
    [],
    "no table is left undeclared",
  );
});

test("reads, updates and deletes are filtered by the organisation; creates are stamped", () => {
  assert.deepEqual(scopeArgs("Model", "findMany", { where: { name: "x" } }, "o1"), { where: { name: "x", organizationId: "o1" } });
  assert.deepEqual(scopeArgs("Model", "findUnique", { where: { id: "m" } }, "o1"), { where: { id: "m", organizationId: "o1" } });
  assert.deepEqual(scopeArgs("Model", "count", undefined, "o1"), { where: { organizationId: "o1" } });
  assert.deepEqual(scopeArgs("Model", "create", { data: { name: "x" } }, "o1"), { data: { name: "x", organizationId: "o1" } });
  assert.deepEqual(scopeArgs("Model", "createMany", { data: [{ name: "x" }] }, "o1"), { data: [{ name: "x", organizationId: "o1" }] });
  const upsert = scopeArgs("Alias", "upsert", { where: { id: "a" }, create: { name: "p" }, update: {} }, "o1");
  assert.deepEqual(upsert, { where: { id: "a", organizationId: "o1" }, create: { name: "p", organizationId: "o1" }, update: {} });
  assert.deepEqual(scopeArgs("ModelTag", "findMany", { where: { tag: "t" } }, "o1"), { where: { tag: "t", AND: [{ model: { organizationId: "o1" } }] } });
  assert.deepEqual(scopeArgs("Organization", "findMany", {}, "o1"), {});
});

test("a query naming another organisation is refused", () => {
  assert.throws(() => scopeArgs("Model", "findMany", { where: { organizationId: "o2" } }, "o1"), /another organisation/);
  assert.throws(() => scopeArgs("Model", "create", { data: { organizationId: "o2" } }, "o1"), /another organisation/);
});

test("a tenant query outside any scope fails; within a scope it is scoped; across passes through", async () => {
  const hook = tenancyExtension.query.$allModels.$allOperations;
  const seen: unknown[] = [];
  const query = async (a: unknown) => seen.push(a);
  assert.throws(() => hook({ model: "Model", operation: "findMany", args: {}, query }), /outside an organisation scope/);
  await withinOrganization("o1", () => hook({ model: "Model", operation: "findMany", args: {}, query }));
  await acrossOrganizations("test", () => hook({ model: "Model", operation: "findMany", args: {}, query }));
  assert.deepEqual(seen, [{ where: { organizationId: "o1" } }, {}]);
  assert.throws(() => tenancyExtension.query.$allOperations({ operation: "$queryRaw", args: {}, query }), /outside any scope/);
  assert.equal(
    withinOrganization("o1", () => scopedOrganizationId()),
    "o1",
  );
  assert.throws(() => withinOrganization("o1", () => withinOrganization("o2", () => 1)), /another organisation/);
});

test("a lazy query returned un-awaited from the scope still runs inside it", async () => {
  // Prisma's queries run when awaited; the scope awaits them itself so the caller's await is not outside.
  const lazy = { then: (resolve: (v: string) => void) => resolve(scopedOrganizationId()) };
  assert.equal(await withinOrganization("o1", () => lazy), "o1");
});
