import assert from "node:assert/strict";
import { test } from "node:test";
import { signWebhookBody, verifyWebhookSignature } from "./signature";

const SECRET = "whsec_unit-test-secret-0123456789abcdef";
const BODY = JSON.stringify({ type: "model_version.registered", data: { id: "v1", number: 1 } });

test("a signature made with the secret verifies over the exact body", () => {
  const now = 1_800_000_000;
  const header = signWebhookBody(SECRET, BODY, now);
  assert.match(header, /^t=1800000000,v1=[0-9a-f]{64}$/);
  assert.equal(verifyWebhookSignature(SECRET, header, BODY, 300, now), true);
  assert.equal(verifyWebhookSignature(SECRET, header, Buffer.from(BODY), 300, now + 299), true, "bytes and strings verify alike");
});

test("tampered signatures, bodies, timestamps and secrets fail", () => {
  const now = 1_800_000_000;
  const header = signWebhookBody(SECRET, BODY, now);
  const sig = header.split("v1=")[1]!;
  const flipped = sig.slice(0, -1) + (sig.endsWith("0") ? "1" : "0");
  assert.equal(verifyWebhookSignature(SECRET, `t=${now},v1=${flipped}`, BODY, 300, now), false, "one hex digit changed");
  assert.equal(verifyWebhookSignature(SECRET, header, BODY.replace('"number":1', '"number":2'), 300, now), false, "body changed");
  assert.equal(verifyWebhookSignature(SECRET, header, BODY + " ", 300, now), false, "body re-serialised");
  assert.equal(verifyWebhookSignature(SECRET, `t=${now + 1},v1=${sig}`, BODY, 300, now), false, "timestamp changed");
  assert.equal(verifyWebhookSignature("whsec_another-secret-0123456789abcdefgh", header, BODY, 300, now), false, "wrong secret");
  assert.equal(verifyWebhookSignature(SECRET, header, BODY, 300, now + 301), false, "too old (replay)");
  assert.equal(verifyWebhookSignature(SECRET, header, BODY, 300, now - 301), false, "too far in the future");
  for (const bad of ["", "v1=" + sig, `t=${now}`, `t=abc,v1=${sig}`, `t=${now},v1=xyz`, "garbage"]) {
    assert.equal(verifyWebhookSignature(SECRET, bad, BODY, 300, now), false, JSON.stringify(bad));
  }
  assert.equal(verifyWebhookSignature(SECRET, null, BODY, 300, now), false);
  assert.equal(verifyWebhookSignature("", header, BODY, 300, now), false, "no secret never verifies");
});

test("any one of several v1 signatures may match (secret rotation)", () => {
  const now = 1_800_000_000;
  const good = signWebhookBody(SECRET, BODY, now).split("v1=")[1]!;
  assert.equal(verifyWebhookSignature(SECRET, `t=${now},v1=${"0".repeat(64)},v1=${good}`, BODY, 300, now), true);
});
