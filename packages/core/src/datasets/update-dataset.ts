import { appendAuditEvent } from "../audit/append-audit-event";
import type { Actor } from "../shared/actor";
import { conflict, isUniqueViolation } from "../shared/errors";
import { assertMember } from "../shared/members";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { writeTransaction } from "../shared/transaction";
import { assertDataFlags, datasetFields, type DatasetFieldsInput } from "./dataset-fields";

export async function updateDataset(opts: { actor: Actor; id: string; input: DatasetFieldsInput }) {
  authorize(opts.actor, Permission.WRITE);
  const data = datasetFields(opts.input);
  try {
    return await writeTransaction(async (tx) => {
      const before = await findInOrg(opts.actor, "Dataset", opts.id, (where) => tx.dataset.findFirst({ where }));
      assertDataFlags({ ...before, ...data });
      await assertMember(tx, "ownerId", data.ownerId);
      const after = await tx.dataset.update({ where: { id: before.id }, data });
      await appendAuditEvent(tx, opts.actor, { action: "dataset.update", subjectId: after.id });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A dataset named "${opts.input.name?.trim()}" already exists`);
    throw error;
  }
}
