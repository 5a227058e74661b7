// The entry of a replay worker thread (see replay-workers.ts): verifies the segments it is sent, each
// from its own read snapshot, and answers with the verdict (or the error, as a message).
import { parentPort } from "node:worker_threads";
import { verifyAuditSegment, type Segment } from "./verify-audit-segment";

export interface SegmentTask {
  id: number;
  organizationId: string;
  segment: Segment;
}

parentPort!.on("message", async ({ id, organizationId, segment }: SegmentTask) => {
  try {
    parentPort!.postMessage({ id, verdict: await verifyAuditSegment(organizationId, segment) });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error)?.stack ?? String(error) });
  }
});
