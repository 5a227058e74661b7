import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf, type Actor } from "../shared/actor";
import { conflict, isUniqueViolation } from "../shared/errors";
import { assertMember } from "../shared/members";
import { authorize, Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { requiredText } from "../shared/validate";
import { assertDataFlags, datasetFields, type DatasetFieldsInput } from "./dataset-fields";

export interface CreateDatasetInput extends DatasetFieldsInput {
  /** Unique in the organisation. */
  name: string;
}

export async function createDataset(opts: { actor: Actor; input: CreateDatasetInput }) {
  authorize(opts.actor, Permission.WRITE);
  const name = requiredText("name", opts.input.name);
  const data = datasetFields(opts.input);
  if (data.containsSpecialCategoryData && data.containsPersonalData === undefined) data.containsPersonalData = true;
  assertDataFlags(data);
  try {
    return await writeTransaction(async (tx) => {
      await assertMember(tx, "ownerId", data.ownerId);
      const created = await tx.dataset.create({
        data: { ...data, name, organizationId: opts.actor.organizationId, createdById: personOf(opts.actor) },
      });
      await appendAuditEvent(tx, opts.actor, { action: "dataset.create", subjectId: created.id });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A dataset named "${name}" already exists`);
    throw error;
  }
}
