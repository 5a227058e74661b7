import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { conflict, invalid, notFound } from "../shared/errors";
import { dateTime, id, optionalText } from "../shared/input";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";

/** Ends a running deployment (at endedAt, default now). A deployment ends once. */
export const endDeployment = useCase({
  permission: Permission.WRITE,
  input: z.object({ id, endedAt: dateTime.nullish(), reason: optionalText(2_000) }),
  async run({ actor, id, endedAt: given, reason }) {
    const endReason = reason ?? null;
    return writeTransaction(async (tx) => {
      const before = await tx.deployment.findUnique({ where: { id } });
      if (!before) throw notFound("Deployment", id);
      if (before.endedAt) throw conflict(`Deployment ${before.id} already ended at ${before.endedAt.toISOString()}`);
      const endedAt = given ?? new Date();
      if (endedAt < before.startedAt) throw invalid("endedAt", `must not be before the deployment started (${before.startedAt.toISOString()})`);
      // Guarded on endedAt still being empty, so of two concurrent ends exactly one wins.
      const { count } = await tx.deployment.updateMany({ where: { id: before.id, endedAt: null }, data: { endedAt, endReason } });
      if (count !== 1) throw conflict(`Deployment ${before.id} already ended`);
      const after = await tx.deployment.findUniqueOrThrow({ where: { id: before.id } });
      await appendAuditEvent(tx, actor, { action: "deployment.end", subjectId: after.id });
      return after;
    });
  },
});
