// Requesting a job: a QUEUED row that any instance's runner will claim. `createJob` writes it inside the
// caller's transaction (so a use case can record its own rows and the job together, outbox-style);
// `enqueueJob` is the use case for callers with nothing else to write. Requesting is a person's decision
// and is audited (job.request); what the runner does with the job afterwards is bookkeeping.
import { config } from "@canon/config";
import { JobStatus, type Prisma } from "@canon/db";
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf, type Actor } from "../shared/actor";
import { invalid } from "../shared/errors";
import { requiredText } from "../shared/input";
import { parseInput } from "../shared/input-errors";
import { authorize, Permission } from "../shared/permissions";
import { writeTransaction, type Tx } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { requireJobKind } from "./job-kinds";
import { JOB_VIEW, type JobView } from "./job-view";

/** Job input is stored as JSON: at most this many bytes. */
export const MAX_JOB_INPUT_BYTES = 64_000;

/** Writes a QUEUED job of `kind` in `tx` (checks the kind's permission and input) and audits it. */
export async function createJob(tx: Tx, actor: Actor, kindName: string, rawInput: unknown): Promise<JobView> {
  const kind = requireJobKind(kindName);
  authorize(actor, kind.permission);
  const input = parseInput(z.object({ input: kind.input }), { input: rawInput ?? {} }).input;
  const json = JSON.stringify(input ?? {});
  if (Buffer.byteLength(json, "utf8") > MAX_JOB_INPUT_BYTES) throw invalid("input", `must be at most ${MAX_JOB_INPUT_BYTES} bytes of JSON`);
  const now = new Date();
  const job = await tx.job.create({
    data: {
      organizationId: actor.organizationId,
      kind: kind.kind,
      input: JSON.parse(json) as Prisma.InputJsonValue,
      status: JobStatus.QUEUED,
      maxAttempts: kind.maxAttempts ?? config().jobs.maxAttempts,
      runAfter: now,
      createdAt: now,
      requestedById: personOf(actor),
    },
    select: { id: true },
  });
  await appendAuditEvent(tx, actor, { action: "job.request", subjectId: job.id, context: { kind: kind.kind } });
  return tx.job.findUniqueOrThrow({ where: { id: job.id }, select: JOB_VIEW });
}

export const enqueueJob = useCase({
  // The floor: the kind's own permission is checked by createJob.
  permission: Permission.READ,
  input: z.object({ kind: requiredText(100), input: z.unknown().optional() }),
  async run({ actor, kind, input }) {
    return writeTransaction((tx) => createJob(tx, actor, kind, input));
  },
});
