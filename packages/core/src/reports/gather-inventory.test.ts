// Input checks of the gather step; they refuse before anything is read, so no database is needed here
// (the gathering itself is tested end to end in test/contract/report-inventory.test.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { CanonError } from "../shared/errors";
import { gatherInventory } from "./gather-inventory";

const refused = async (input: Parameters<typeof gatherInventory>[0], field: string) => {
  await assert.rejects(
    gatherInventory(input),
    (error: unknown) => error instanceof CanonError && error.code === "VALIDATION" && error.message.startsWith(`${field}:`),
  );
};

test("the instant, the requester and the organisation are required and checked", async () => {
  const ok = { organizationId: "org", asOf: "2026-01-01T00:00:00Z", generatedBy: "Ada", generatedAt: "2026-02-01T00:00:00Z" };
  await refused({ ...ok, asOf: "2026-03-01T00:00:00Z" }, "asOf");
  await refused({ ...ok, asOf: "not a date" }, "asOf");
  await refused({ ...ok, generatedBy: "  " }, "generatedBy");
  await refused({ ...ok, organizationId: "" }, "organizationId");
  await refused({ ...ok, asOf: new Date(Date.now() + 60_000), generatedAt: undefined }, "asOf");
});
