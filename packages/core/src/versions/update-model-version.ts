// Only the description and tags of a version may change; the artifact, digest, provenance and
// lineage are fixed at registration (a change is a new version). An approved version is fully immutable.
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { conflict, notFound } from "../shared/errors";
import { id, optionalText, tags } from "../shared/input";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";

export const updateModelVersionInput = z.object({
  description: optionalText(),
  /** Replaces the whole tag list. */
  tags: tags.nullish(),
});
export type UpdateModelVersionInput = z.input<typeof updateModelVersionInput>;

export const updateModelVersion = useCase({
  permission: Permission.WRITE,
  input: z.object({ id, input: updateModelVersionInput }),
  async run({ actor, id, input }) {
    const { description, tags } = input;
    return writeTransaction(async (tx) => {
      const before = await tx.modelVersion.findUnique({ where: { id } });
      if (!before) throw notFound("Model version", id);
      if (before.approvedAt) throw conflict(`Model version ${before.id} was approved and can no longer change; register a new version`);
      const after = await tx.modelVersion.update({
        where: { id: before.id },
        data: {
          ...(description !== undefined ? { description } : {}),
          ...(tags ? { tags: { deleteMany: {}, create: tags.map((tag) => ({ tag })) } } : {}),
        },
      });
      await appendAuditEvent(tx, actor, { action: "modelVersion.update", subjectId: after.id });
      return after;
    });
  },
});
