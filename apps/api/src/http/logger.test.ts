// The logger, read back from a stream: secrets are redacted wherever they sit, lines written during a
// request carry its id, and only sane incoming request ids are kept.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createLogger } from "./logger";
import { requestIdFrom, withRequestLog } from "./request-log";

function captured() {
  const lines: string[] = [];
  const logger = createLogger({ level: "debug", destination: { write: (line: string) => void lines.push(line) } });
  return { logger, lines, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, any>) };
}

test("secrets are redacted by key at every level a log line nests them", () => {
  const { logger, lines, parsed } = captured();
  const secrets = ["Bearer cn_live_abcdef", "session=s3cr3t", "hunter2-hunter2", "whsec_123", "-----BEGIN PRIVATE KEY-----", "cn_tok_999"];
  logger.info(
    {
      headers: { authorization: secrets[0], cookie: secrets[1], "set-cookie": secrets[1], accept: "application/json" },
      variables: { input: { email: "a@example.com", password: secrets[2] } },
      webhook: { url: "https://example.com/hook", secret: secrets[3] },
      config: { audit: { signing: { privateKey: secrets[4] } } },
      token: secrets[5],
    },
    "a request",
  );
  const text = lines.join("");
  for (const secret of secrets) assert.ok(!text.includes(secret), `${secret} is not logged`);
  const [line] = parsed();
  assert.equal(line!.headers.authorization, "[redacted]");
  assert.equal(line!.headers.accept, "application/json", "other fields are kept");
  assert.equal(line!.variables.input.email, "a@example.com");
  assert.equal(line!.variables.input.password, "[redacted]");
  assert.equal(line!.config.audit.signing.privateKey, "[redacted]");
});

test("lines written while a request is handled carry its id; levels are names and times ISO", async () => {
  const { logger, parsed } = captured();
  await withRequestLog({ requestId: "req-1", errors: [] }, async () => {
    await Promise.resolve();
    logger.warn({ detail: 1 }, "inside");
  });
  logger.info("outside");
  const [inside, outside] = parsed();
  assert.equal(inside!.requestId, "req-1");
  assert.equal(inside!.level, "warn");
  assert.match(inside!.time, /^\d{4}-\d\d-\d\dT/);
  assert.equal(outside!.requestId, undefined);
});

test("an incoming request id is kept only when it is a plain token", () => {
  assert.equal(requestIdFrom("trace-7f3a.b_c:1"), "trace-7f3a.b_c:1");
  for (const bad of [undefined, "", "has space", "line\nbreak", "x".repeat(129), 'quote"']) {
    const id = requestIdFrom(bad);
    assert.notEqual(id, bad);
    assert.match(id, /^[0-9a-f-]{36}$/);
  }
  assert.equal(requestIdFrom(["first", "second"]), "first");
});
