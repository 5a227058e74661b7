import assert from "node:assert/strict";
import { test } from "node:test";
import { MAX_RETRY_DELAY_MS, retryDelayMs } from "./backoff";

test("retry delays double per attempt, with jitter between half and the full step", () => {
  assert.equal(
    retryDelayMs(1, 2000, () => 0),
    1000,
  );
  assert.equal(
    retryDelayMs(1, 2000, () => 1),
    2000,
  );
  assert.equal(
    retryDelayMs(2, 2000, () => 1),
    4000,
  );
  assert.equal(
    retryDelayMs(4, 2000, () => 1),
    16000,
  );
  for (let i = 0; i < 100; i++) {
    const d = retryDelayMs(3, 2000);
    assert.ok(d >= 4000 && d <= 8000, String(d));
  }
});

test("retry delays are capped", () => {
  assert.equal(
    retryDelayMs(40, 2000, () => 1),
    MAX_RETRY_DELAY_MS,
  );
  assert.ok(retryDelayMs(1000, 10, () => 0.5) <= MAX_RETRY_DELAY_MS);
});
