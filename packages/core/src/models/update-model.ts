import { appendAuditEvent } from "../audit/append-audit-event";
import type { Actor } from "../shared/actor";
import { conflict, isUniqueViolation } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { writeTransaction } from "../shared/transaction";
import { assertHostedModel, modelFields, type ModelFieldsInput } from "./model-fields";
import { assertModelReferences } from "./model-references";

/** Partial update; `tags`, when given, replaces the whole tag list. */
export async function updateModel(opts: { actor: Actor; id: string; input: ModelFieldsInput }) {
  authorize(opts.actor, Permission.WRITE);
  const { data, tags } = modelFields(opts.input);
  try {
    return await writeTransaction(async (tx) => {
      const before = await findInOrg(opts.actor, "Model", opts.id, (where) => tx.model.findFirst({ where, include: { tags: true } }));
      assertHostedModel({ ...before, ...data });
      await assertModelReferences(tx, opts.actor, data);
      const after = await tx.model.update({
        where: { id: before.id },
        data: { ...data, ...(tags ? { tags: { deleteMany: {}, create: tags.map((tag) => ({ tag })) } } : {}) },
      });
      await appendAuditEvent(tx, opts.actor, { action: "model.update", subjectId: after.id });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A model named "${opts.input.name?.trim()}" already exists`);
    throw error;
  }
}
