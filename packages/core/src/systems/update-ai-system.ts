import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { notFound } from "../shared/errors";
import { id } from "../shared/input";
import { assertMember } from "../shared/members";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { systemData, systemFieldsInput } from "./system-fields";

export const updateAISystem = useCase({
  permission: Permission.WRITE,
  input: z.object({ id, input: systemFieldsInput }),
  async run({ actor, id, input }) {
    const data = systemData(input);
    return writeTransaction(async (tx) => {
      const before = await tx.aISystem.findUnique({ where: { id } });
      if (!before) throw notFound("AI system", id);
      await assertMember(tx, "ownerId", data.ownerId);
      const after = await tx.aISystem.update({ where: { id: before.id }, data });
      await appendAuditEvent(tx, actor, { action: "aiSystem.update", subjectId: after.id });
      return after;
    });
  },
});
