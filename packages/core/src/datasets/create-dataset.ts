import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf } from "../shared/actor";
import { conflict, isUniqueViolation } from "../shared/errors";
import { requiredText } from "../shared/input";
import { assertMember } from "../shared/members";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { assertDataFlags, datasetData, datasetFieldsInput } from "./dataset-fields";

export const createDatasetInput = datasetFieldsInput.extend({
  /** Unique in the organisation. */
  name: requiredText(200),
});
export type CreateDatasetInput = z.input<typeof createDatasetInput>;

export const createDataset = useCase({
  permission: Permission.WRITE,
  input: z.object({ input: createDatasetInput }),
  async run({ actor, input }) {
    const data = datasetData(input);
    if (data.containsSpecialCategoryData && data.containsPersonalData === undefined) data.containsPersonalData = true;
    assertDataFlags(data);
    try {
      return await writeTransaction(async (tx) => {
        await assertMember(tx, "ownerId", data.ownerId);
        const created = await tx.dataset.create({
          data: { ...data, name: input.name, createdById: personOf(actor) } as any,
        });
        await appendAuditEvent(tx, actor, { action: "dataset.create", subjectId: created.id });
        return created;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`A dataset named "${input.name}" already exists`);
      throw error;
    }
  },
});
