// What core returns for a job: the row without its lease owner (an instance's host and process, which
// is the runner's business), with its output's description (never the bytes).
import type { Prisma } from "@canon/db";

export const JOB_VIEW = {
  id: true,
  organizationId: true,
  kind: true,
  input: true,
  status: true,
  progressPercent: true,
  progressPhase: true,
  attempts: true,
  maxAttempts: true,
  leaseUntil: true,
  runAfter: true,
  error: true,
  result: true,
  requestedById: true,
  cancelRequestedAt: true,
  cancelRequestedById: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  updatedAt: true,
  output: { select: { fileName: true, contentType: true, byteSize: true, sha256: true, createdAt: true } },
} as const satisfies Prisma.JobSelect;

export type JobView = Prisma.JobGetPayload<{ select: typeof JOB_VIEW }>;
