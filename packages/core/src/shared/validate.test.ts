import assert from "node:assert/strict";
import { test } from "node:test";
import { CanonError } from "./errors";
import { identifier, sha256Digest, tags, uri } from "./validate";

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof CanonError);
    return e.field;
  }
  assert.fail("expected a validation error");
};

test("sha256 digests: 64 hex characters, optional prefix, stored bare and lower-case", () => {
  const hex = "A".repeat(64);
  assert.equal(sha256Digest("d", hex), "a".repeat(64));
  assert.equal(sha256Digest("d", `sha256:${"b".repeat(64)}`), "b".repeat(64));
  assert.equal(fieldOf(() => sha256Digest("artifactDigest", "abc")), "artifactDigest");
  assert.equal(fieldOf(() => sha256Digest("artifactDigest", "g".repeat(64))), "artifactDigest");
});

test("identifiers, URIs and tags", () => {
  assert.equal(identifier("r", "credit-scoring"), "credit-scoring");
  assert.equal(fieldOf(() => identifier("reference", "Credit Scoring")), "reference");
  assert.equal(uri("u", "s3://bucket/model.safetensors"), "s3://bucket/model.safetensors");
  assert.equal(fieldOf(() => uri("artifactUri", "not a uri")), "artifactUri");
  assert.deepEqual(tags("t", ["prod", " prod ", "team:risk"]), ["prod", "team:risk"]);
  assert.equal(fieldOf(() => tags("tags", ["has space"])), "tags");
});
