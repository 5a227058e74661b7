import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { conflict, isUniqueViolation, notFound } from "../shared/errors";
import { id } from "../shared/input";
import { assertMember } from "../shared/members";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { assertDataFlags, datasetData, datasetFieldsInput } from "./dataset-fields";

/** Partial update: omitted fields are left unchanged. */
export const updateDataset = useCase({
  permission: Permission.WRITE,
  input: z.object({ id, input: datasetFieldsInput }),
  async run({ actor, id, input }) {
    const data = datasetData(input);
    try {
      return await writeTransaction(async (tx) => {
        const before = await tx.dataset.findUnique({ where: { id } });
        if (!before) throw notFound("Dataset", id);
        assertDataFlags({ ...before, ...data });
        await assertMember(tx, "ownerId", data.ownerId);
        const after = await tx.dataset.update({ where: { id: before.id }, data });
        await appendAuditEvent(tx, actor, { action: "dataset.update", subjectId: after.id });
        return after;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`A dataset named "${input.name}" already exists`);
      throw error;
    }
  },
});
