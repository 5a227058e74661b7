// Enter a risk in the register, or change its assessment and treatment.
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf } from "../shared/actor";
import { notFound } from "../shared/errors";
import { defined, id, intInRange, requiredText } from "../shared/input";
import { assertMember } from "../shared/members";
import { Permission } from "../shared/permissions";
import { writeTransaction, type Tx } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { riskFieldsInput, riskLevelOf, setRiskLinks } from "./risk-input";

const withLinks = (tx: Tx, riskId: string) =>
  tx.risk.findUniqueOrThrow({ where: { id: riskId }, include: { systems: { select: { systemId: true } }, controls: { select: { assessmentId: true } } } });

export const createRisk = useCase({
  permission: Permission.WRITE,
  input: z.object({
    input: riskFieldsInput.extend({
      title: requiredText(300),
      category: requiredText(100),
      likelihood: intInRange(1, 5),
      impact: intInRange(1, 5),
      systemIds: riskFieldsInput.shape.systemIds.unwrap().unwrap(),
    }),
  }),
  async run({ actor, input }) {
    const { systemIds, assessmentIds, ...fields } = input;
    return writeTransaction(async (tx) => {
      await assertMember(tx, "ownerId", fields.ownerId);
      const created = await tx.risk.create({
        data: { ...defined(fields), level: fields.level ?? riskLevelOf(fields.likelihood, fields.impact), createdById: personOf(actor) } as any,
      });
      await setRiskLinks(tx, created.id, systemIds, assessmentIds);
      await appendAuditEvent(tx, actor, { action: "risk.create", subjectId: created.id });
      return withLinks(tx, created.id);
    });
  },
});

/** Partial update: omitted fields are left unchanged; a new likelihood or impact re-derives the level unless one is given. */
export const updateRisk = useCase({
  permission: Permission.WRITE,
  input: z.object({ id, input: riskFieldsInput }),
  async run({ actor, id, input }) {
    const { systemIds, assessmentIds, ...fields } = input;
    return writeTransaction(async (tx) => {
      const before = await tx.risk.findUnique({ where: { id } });
      if (!before) throw notFound("Risk", id);
      await assertMember(tx, "ownerId", fields.ownerId);
      const data = defined(fields);
      const rescored = fields.likelihood !== undefined || fields.impact !== undefined;
      if (!fields.level && rescored) data.level = riskLevelOf(fields.likelihood ?? before.likelihood, fields.impact ?? before.impact);
      await tx.risk.update({ where: { id: before.id }, data });
      await setRiskLinks(tx, before.id, systemIds, assessmentIds);
      await appendAuditEvent(tx, actor, { action: "risk.update", subjectId: before.id });
      return withLinks(tx, before.id);
    });
  },
});
