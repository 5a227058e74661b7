import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { conflict, isUniqueViolation, notFound } from "../shared/errors";
import { id } from "../shared/input";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { assertHostedModel, modelData, modelFieldsInput } from "./model-fields";
import { assertModelReferences } from "./model-references";

/** Partial update; `tags`, when given, replaces the whole tag list. */
export const updateModel = useCase({
  permission: Permission.WRITE,
  input: z.object({ id, input: modelFieldsInput }),
  async run({ actor, id, input }) {
    const { data, tags } = modelData(input);
    try {
      return await writeTransaction(async (tx) => {
        const before = await tx.model.findUnique({ where: { id } });
        if (!before) throw notFound("Model", id);
        assertHostedModel({ ...before, ...data });
        await assertModelReferences(tx, data);
        const after = await tx.model.update({
          where: { id: before.id },
          data: { ...data, ...(tags ? { tags: { deleteMany: {}, create: tags.map((tag) => ({ tag })) } } : {}) } as any,
        });
        await appendAuditEvent(tx, actor, { action: "model.update", subjectId: after.id });
        return after;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`A model named "${input.name}" already exists`);
      throw error;
    }
  },
});
