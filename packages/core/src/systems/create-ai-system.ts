import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf } from "../shared/actor";
import { conflict, isUniqueViolation } from "../shared/errors";
import { identifier, requiredText } from "../shared/input";
import { assertMember } from "../shared/members";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { systemData, systemFieldsInput } from "./system-fields";

export const createAISystemInput = systemFieldsInput.extend({
  /** Stable reference, unique in the organisation (e.g. "credit-scoring"). */
  reference: identifier(),
  name: requiredText(200),
});
export type CreateAISystemInput = z.input<typeof createAISystemInput>;

export const createAISystem = useCase({
  permission: Permission.WRITE,
  input: z.object({ input: createAISystemInput }),
  async run({ actor, input }) {
    const { reference, name, ...fields } = input;
    const data = systemData(fields);
    try {
      return await writeTransaction(async (tx) => {
        await assertMember(tx, "ownerId", data.ownerId);
        const created = await tx.aISystem.create({
          data: { ...data, reference, name, createdById: personOf(actor) } as any,
        });
        await appendAuditEvent(tx, actor, { action: "aiSystem.create", subjectId: created.id });
        return created;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`An AI system with reference "${reference}" already exists`);
      throw error;
    }
  },
});
