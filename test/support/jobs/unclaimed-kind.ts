// A kind only the enqueue command defines: no API process runs it, so its jobs stay QUEUED (and, being
// of a kind the API does not know, only admins see them).
import { defineJobKind } from "@canon/core";

export const unclaimed = defineJobKind({ kind: "test.unclaimed", async run() {} });
