import assert from "node:assert/strict";
import { test } from "node:test";
import { ConfigError, loadConfig } from "@canon/config";

test("webhook settings: defaults and environment overrides", () => {
  assert.deepEqual(loadConfig({}).webhooks, { enabled: true, pollIntervalMs: 1000, timeoutMs: 5000, maxAttempts: 8, backoffBaseMs: 2000 });
  const env = {
    CANON_WEBHOOKS_ENABLED: "false",
    CANON_WEBHOOK_POLL_MS: "100",
    CANON_WEBHOOK_TIMEOUT_MS: "750",
    CANON_WEBHOOK_MAX_ATTEMPTS: "3",
    CANON_WEBHOOK_BACKOFF_MS: "50",
  };
  assert.deepEqual(loadConfig(env).webhooks, { enabled: false, pollIntervalMs: 100, timeoutMs: 750, maxAttempts: 3, backoffBaseMs: 50 });
  assert.throws(() => loadConfig({ CANON_WEBHOOK_MAX_ATTEMPTS: "0" }), ConfigError);
  assert.throws(() => loadConfig({ CANON_WEBHOOK_TIMEOUT_MS: "soon" }), /CANON_WEBHOOK_TIMEOUT_MS/);
});
