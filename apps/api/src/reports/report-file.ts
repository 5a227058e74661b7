// The end every report worker shares: the file's name stamp, and the report run finished with the file's
// sha256, size and how long the job took (audited as reportRun.finish, so the trail holds the digest).
import { finishReportRun, type JobContext } from "@canon/core";
import { createHash } from "node:crypto";

/** "2026-12-02-13-27-37": an instant as it goes into a file name. */
export const fileStamp = (at: Date) => at.toISOString().slice(0, 19).replace(/[:T]/g, "-");

/** Finishes the job's report run with the file; returns the file's sha256. */
export async function finishRunWithFile(
  ctx: Pick<JobContext, "organizationId" | "jobId">,
  file: { fileName: string; bytes: Uint8Array },
  startedAt: number,
  context?: Record<string, unknown>,
): Promise<string> {
  const fileDigest = createHash("sha256").update(file.bytes).digest("hex");
  await finishReportRun({
    organizationId: ctx.organizationId,
    jobId: ctx.jobId,
    status: "SUCCEEDED",
    fileName: file.fileName,
    fileDigest,
    fileSize: file.bytes.length,
    durationMs: Date.now() - startedAt,
    context,
  });
  return fileDigest;
}
