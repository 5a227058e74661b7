import { ModelKind } from "@canon/db";
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf } from "../shared/actor";
import { conflict, isUniqueViolation } from "../shared/errors";
import { requiredText } from "../shared/input";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { assertHostedModel, modelData, modelFieldsInput } from "./model-fields";
import { assertModelReferences } from "./model-references";

export const createModelInput = modelFieldsInput.extend({
  /** Unique in the organisation. */
  name: requiredText(200),
  kind: z.enum(ModelKind),
});
export type CreateModelInput = z.input<typeof createModelInput>;

export const createModel = useCase({
  permission: Permission.WRITE,
  input: z.object({ input: createModelInput }),
  async run({ actor, input }) {
    const { data, tags } = modelData(input);
    const source = data.source ?? "INTERNAL";
    assertHostedModel({ source, provider: data.provider, providerModelId: data.providerModelId });
    try {
      return await writeTransaction(async (tx) => {
        await assertModelReferences(tx, data);
        const created = await tx.model.create({
          data: {
            ...data,
            name: input.name,
            kind: input.kind,
            source,
            createdById: personOf(actor),
            tags: { create: (tags ?? []).map((tag) => ({ tag })) },
          } as any,
        });
        await appendAuditEvent(tx, actor, { action: "model.create", subjectId: created.id });
        return created;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`A model named "${input.name}" already exists`);
      throw error;
    }
  },
});
