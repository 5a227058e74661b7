import assert from "node:assert/strict";
import { test } from "node:test";
import { z } from "zod";
import { CanonError } from "../shared/errors";
import { parseInput } from "../shared/input-errors";
import { createWebhookInput, webhookFieldsInput } from "./webhook-fields";

const create = (input: unknown) => parseInput(z.object({ input: createWebhookInput }), { input });
const update = (input: unknown) => parseInput(z.object({ input: webhookFieldsInput }), { input });

function refusedField(parse: () => unknown): string | undefined {
  try {
    parse();
  } catch (error) {
    assert.ok(error instanceof CanonError && error.code === "VALIDATION", String(error));
    return error.field;
  }
  assert.fail("accepted");
}

test("a new webhook: URL normalised, events trimmed and unique, the secret optional", () => {
  const { input } = create({ url: "https://Hooks.Example.com/in", events: [" alias.moved ", "alias.moved", "approval.decided"] });
  assert.equal(input.url, "https://hooks.example.com/in");
  assert.deepEqual(input.events, ["alias.moved", "approval.decided"]);
  assert.equal(input.secret, undefined);
});

test("bad webhook input names its field", () => {
  const ok = { url: "https://hooks.example.com/in", events: ["alias.moved"] };
  const cases: [unknown, string][] = [
    [{ ...ok, url: "ftp://files.example.com/x" }, "url"],
    [{ ...ok, url: "https://user:pw@hooks.example.com/x" }, "url"],
    [{ ...ok, url: "" }, "url"],
    [{ ...ok, events: [] }, "events"],
    [{ ...ok, events: ["  "] }, "events"],
    [{ ...ok, events: ["webhook.test"] }, "events"],
    [{ ...ok, secret: "short" }, "secret"],
    [{ ...ok, secret: "has spaces".padEnd(40, "x") }, "secret"],
    [{ ...ok, secret: "x".repeat(257) }, "secret"],
    [{ ...ok, description: "d".repeat(2_001) }, "description"],
  ];
  for (const [input, field] of cases)
    assert.equal(
      refusedField(() => create(input)),
      field,
      JSON.stringify(input),
    );
});

test("a change: omitted fields unchanged, null events or active unchanged, the URL not clearable", () => {
  assert.deepEqual(update({ active: false }).input, { active: false });
  const { input } = update({ events: null, active: null, description: "  " });
  assert.equal(input.events, null);
  assert.equal(input.description, null, "blank description clears it");
  assert.equal(
    refusedField(() => update({ url: null })),
    "url",
  );
  assert.equal(
    refusedField(() => update({ events: [] })),
    "events",
  );
});
