import assert from "node:assert/strict";
import { test } from "node:test";
import { z } from "zod";
import { CanonError } from "./errors";
import { artifactUri, dateTime, httpUrl, jsonObject, optionalText, requiredText, sha256Digest, tags } from "./input";
import { parseInput } from "./input-errors";

function refusal(schema: z.ZodType, value: unknown): { field?: string; message: string } {
  try {
    parseInput(z.object({ input: z.object({ value: schema }) }), { input: { value } });
  } catch (error) {
    assert.ok(error instanceof CanonError);
    assert.equal(error.code, "VALIDATION");
    return { field: error.field, message: error.message };
  }
  assert.fail(`accepted ${JSON.stringify(value)}`);
}

test("refusals name the field within the input, without the input argument itself", () => {
  assert.deepEqual(refusal(requiredText(), "  "), { field: "value", message: "value: is required" });
  assert.equal(refusal(requiredText(), undefined).message, "value: is required");
  assert.equal(refusal(requiredText(), 5).message, "value: must be a string");
});

test("text is valid Unicode without control characters", () => {
  assert.match(refusal(requiredText(), "a\uD800b").message, /valid Unicode/);
  assert.match(refusal(requiredText(), "a\u0000b").message, /control characters/);
  assert.match(refusal(optionalText(), "a\u0007").message, /control characters/);
  assert.equal(parseInput(requiredText(), " tab\there\nnew line 🙂 "), "tab\there\nnew line 🙂");
  assert.equal(parseInput(optionalText(), "   "), null);
  assert.equal(parseInput(optionalText(), undefined), undefined);
  assert.match(refusal(requiredText(3), "abcd").message, /at most 3 characters/);
});

test("URLs have an allowed scheme list and a host", () => {
  for (const bad of ["file:///etc/passwd", "ftp://host/x", "http://", "javascript:alert(1)"]) assert.ok(refusal(httpUrl, bad));
  assert.equal(parseInput(httpUrl, "https://ci.example/runs/1"), "https://ci.example/runs/1");
  assert.ok(refusal(artifactUri, "http://"));
  assert.equal(parseInput(artifactUri, "s3://bucket/key"), "s3://bucket/key");
});

test("JSON has a depth and size limit", () => {
  let deep: unknown = {};
  for (let i = 0; i < 500; i++) deep = { a: deep };
  assert.match(refusal(jsonObject(), deep).message, /nested at most/);
  assert.match(refusal(jsonObject(100), { a: "x".repeat(200) }).message, /at most 100 bytes/);
  assert.match(refusal(jsonObject(), { a: "\u0000" }).message, /NUL/);
  assert.deepEqual(parseInput(jsonObject(), { lr: 0.1 }), { lr: 0.1 });
});

test("dates are valid and in a sane range; digests and tags normalise", () => {
  assert.ok(refusal(dateTime, "not a date"));
  assert.match(refusal(dateTime, "0000-01-01T00:00:00Z").message, /between 1900 and 2200/);
  assert.equal(parseInput(dateTime, "2026-01-02T03:04:05Z").toISOString(), "2026-01-02T03:04:05.000Z");
  assert.equal(parseInput(sha256Digest, `SHA256:${"A".repeat(64)}`), "a".repeat(64));
  assert.deepEqual(parseInput(tags, [" a ", "a", "b"]), ["a", "b"]);
  assert.ok(refusal(tags, ["bad tag"]));
});
