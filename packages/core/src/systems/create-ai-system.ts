import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf, type Actor } from "../shared/actor";
import { conflict, isUniqueViolation } from "../shared/errors";
import { assertMember } from "../shared/members";
import { authorize, Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { identifier, requiredText } from "../shared/validate";
import { systemFields, type SystemFieldsInput } from "./system-fields";

export interface CreateAISystemInput extends SystemFieldsInput {
  /** Stable reference, unique in the organisation (e.g. "credit-scoring"). */
  reference: string;
  name: string;
}

export async function createAISystem(opts: { actor: Actor; input: CreateAISystemInput }) {
  authorize(opts.actor, Permission.WRITE);
  const reference = identifier("reference", opts.input.reference);
  const name = requiredText("name", opts.input.name);
  const fields = systemFields(opts.input);
  try {
    return await writeTransaction(async (tx) => {
      await assertMember(tx, "ownerId", fields.ownerId);
      const created = await tx.aISystem.create({
        data: { ...fields, reference, name, organizationId: opts.actor.organizationId, createdById: personOf(opts.actor) },
      });
      await appendAuditEvent(tx, opts.actor, { action: "aiSystem.create", subjectId: created.id });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`An AI system with reference "${reference}" already exists`);
    throw error;
  }
}
