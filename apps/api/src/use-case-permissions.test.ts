// Permissions are declared by the use case in core (useCase({ permission })) and again by each
// operation's @Allow, which the API enforces before core runs. This test proves the two agree: for every
// operation it finds the core use case the resolver calls and compares the permissions, so neither can
// drift (an operation looser than its use case would only fail late; a stricter one would hide a bug).
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import * as core from "@canon/core";

const SRC = import.meta.dirname;

function resolverFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) resolverFiles(full, out);
    else if (entry.name.endsWith(".resolver.ts")) out.push(full);
  }
  return out;
}

interface Operation {
  where: string;
  allowed: string;
  calls: string[];
}

/** Each @Allow(Permission.X) and the core functions called in the method it decorates. */
function operations(file: string): Operation[] {
  const text = readFileSync(file, "utf8");
  const starts = [...text.matchAll(/@Allow\(Permission\.(\w+)\)/g)];
  return starts.map((m, i) => {
    const body = text.slice(m.index, starts[i + 1]?.index ?? text.length).split(/\n\s*@FieldResolver/)[0]!;
    const name = /\n\s*(?:async\s+)?(\w+)\(/.exec(body.replace(/@\w+\([^\n]*\)/g, ""))?.[1] ?? "?";
    return { where: `${path.relative(SRC, file)}:${name}`, allowed: m[1]!, calls: [...new Set([...body.matchAll(/core\.(\w+)\(/g)].map((c) => c[1]!))] };
  });
}

const useCases = core as unknown as Record<string, { permission?: string } | undefined>;

test("every operation's @Allow permission is the permission of the use case it calls", () => {
  const ops = resolverFiles(SRC).flatMap(operations);
  assert.ok(ops.length > 60, `found ${ops.length} operations`);
  const disagree: string[] = [];
  const unchecked: string[] = [];
  for (const op of ops) {
    const declared = op.calls.map((fn) => [fn, useCases[fn]?.permission] as const).filter(([, p]) => typeof p === "string");
    if (!declared.length) unchecked.push(op.where);
    for (const [fn, permission] of declared)
      if (permission !== op.allowed) disagree.push(`${op.where}: @Allow(${op.allowed}) but core.${fn} declares ${permission}`);
  }
  assert.deepEqual(disagree, []);
  assert.deepEqual(unchecked, [], "operations whose resolver calls no use case (declare the permission in core with useCase())");
});
