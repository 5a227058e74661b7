import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf, type Actor } from "../shared/actor";
import { conflict, invalid, isUniqueViolation } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { requiredText } from "../shared/validate";
import { assertHostedModel, modelFields, type ModelFieldsInput } from "./model-fields";
import { assertModelReferences } from "./model-references";

export interface CreateModelInput extends ModelFieldsInput {
  /** Unique in the organisation. */
  name: string;
  kind: NonNullable<ModelFieldsInput["kind"]>;
}

export async function createModel(opts: { actor: Actor; input: CreateModelInput }) {
  authorize(opts.actor, Permission.WRITE);
  const name = requiredText("name", opts.input.name);
  const { data, tags } = modelFields(opts.input);
  if (!data.kind) throw invalid("kind", "is required");
  const kind = data.kind;
  const source = data.source ?? "INTERNAL";
  assertHostedModel({ source, provider: data.provider, providerModelId: data.providerModelId });
  try {
    return await writeTransaction(async (tx) => {
      await assertModelReferences(tx, opts.actor, data);
      const created = await tx.model.create({
        data: {
          ...data, name, kind, source,
          organizationId: opts.actor.organizationId,
          createdById: personOf(opts.actor),
          tags: { create: (tags ?? []).map((tag) => ({ tag })) },
        },
      });
      await appendAuditEvent(tx, opts.actor, { action: "model.create", subjectId: created.id });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A model named "${name}" already exists`);
    throw error;
  }
}
