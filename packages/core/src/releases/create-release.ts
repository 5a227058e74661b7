import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf } from "../shared/actor";
import { notFound } from "../shared/errors";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { createReleaseInput, releaseData } from "./release-input";

/**
 * Creates the next release of a system (1, 2, 3 … per system). The system's counter is incremented
 * inside the transaction, which locks it: concurrent creators queue and never share a number.
 */
export const createRelease = useCase({
  permission: Permission.WRITE,
  input: z.object({ input: createReleaseInput }),
  async run({ actor, input }) {
    const { systemId, components, ...fields } = releaseData(input);
    const versionIds = [...new Set(components.flatMap((c) => (c.modelVersionId ? [c.modelVersionId] : [])))];
    return writeTransaction(async (tx) => {
      const system = await tx.aISystem.findUnique({ where: { id: systemId }, select: { id: true } });
      if (!system) throw notFound("AI system", systemId);
      if (versionIds.length) {
        const found = await tx.modelVersion.findMany({ where: { id: { in: versionIds } }, select: { id: true } });
        const known = new Set(found.map((v) => v.id));
        const missing = versionIds.find((id) => !known.has(id));
        if (missing) throw notFound("Model version", missing);
      }
      const { latestReleaseNumber: number } = await tx.aISystem.update({
        where: { id: systemId },
        data: { latestReleaseNumber: { increment: 1 } },
        select: { latestReleaseNumber: true },
      });
      const created = await tx.release.create({
        data: { ...fields, systemId, number, createdById: personOf(actor), components: { create: components } } as any,
        include: { components: { orderBy: { position: "asc" } } },
      });
      await appendAuditEvent(tx, actor, { action: "release.create", subjectId: created.id });
      return created;
    });
  },
});
