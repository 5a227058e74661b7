// EU AI Act classification of a system: operator role, risk tier, high-risk route, Annex III point,
// the Art. 6(3) derogation, GPAI status and Art. 50 transparency duties (rules in classification.ts).
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf } from "../shared/actor";
import { notFound } from "../shared/errors";
import { id } from "../shared/input";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { classificationData, classificationInput } from "./classification";

export { TRANSPARENCY_DUTIES, classificationInput, type ClassificationInput } from "./classification";

export const classifyAISystem = useCase({
  permission: Permission.CLASSIFY,
  input: z.object({ id, input: classificationInput }),
  async run({ actor, id, input }) {
    const data = classificationData(input);
    return writeTransaction(async (tx) => {
      const before = await tx.aISystem.findUnique({ where: { id } });
      if (!before) throw notFound("AI system", id);
      const after = await tx.aISystem.update({
        where: { id: before.id },
        data: { ...data, classifiedAt: new Date(), classifiedById: personOf(actor) },
      });
      await appendAuditEvent(tx, actor, { action: "aiSystem.classify", subjectId: after.id });
      return after;
    });
  },
});
