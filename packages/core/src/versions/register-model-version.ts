// Registers a new version of a model. The version number comes from incrementing
// Model.latestVersionNumber inside the transaction: the row lock queues concurrent registrations of
// one model, so numbers are exactly 1, 2, 3 … with no gap and no duplicate.
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf } from "../shared/actor";
import { notFound } from "../shared/errors";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { assertVersionReferences, registerModelVersionInput, versionData } from "./version-fields";

export const registerModelVersion = useCase({
  permission: Permission.WRITE,
  input: z.object({ input: registerModelVersionInput }),
  async run({ actor, input }) {
    const { data, lineage, tags } = versionData(input);
    return writeTransaction(async (tx) => {
      const model = await tx.model.findUnique({ where: { id: input.modelId }, select: { id: true } });
      if (!model) throw notFound("Model", input.modelId);
      await assertVersionReferences(tx, { parentVersionId: data.parentVersionId, lineage });
      const { latestVersionNumber: number } = await tx.model.update({
        where: { id: model.id },
        data: { latestVersionNumber: { increment: 1 } },
        select: { latestVersionNumber: true },
      });
      const created = await tx.modelVersion.create({
        data: {
          ...data,
          number,
          modelId: model.id,
          createdById: personOf(actor),
          tags: { create: tags.map((tag) => ({ tag })) },
          lineage: { create: lineage },
        } as any,
      });
      await tx.model.update({ where: { id: model.id }, data: { latestVersionId: created.id } });
      await appendAuditEvent(tx, actor, { action: "modelVersion.register", subjectId: created.id });
      return created;
    });
  },
});
