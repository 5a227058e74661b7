// Incidents of an AI system (EU AI Act Art. 73 serious incidents among them; NIST MANAGE 4.3), and
// changes to their status and resolution.
import { IncidentStatus, RiskLevel } from "@canon/db";
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf } from "../shared/actor";
import { invalid, notFound } from "../shared/errors";
import { dateTime, defined, id, optionalEnum, optionalText, requiredText } from "../shared/input";
import { Permission } from "../shared/permissions";
import { reader, writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";

export const recordIncident = useCase({
  permission: Permission.WRITE,
  input: z.object({
    input: z.object({
      systemId: id,
      title: requiredText(300),
      description: optionalText(),
      severity: z.enum(RiskLevel),
      serious: z.boolean().nullish(),
      occurredAt: dateTime,
      reportedAt: dateTime.nullish(),
    }),
  }),
  async run({ actor, input }) {
    if (input.reportedAt && input.reportedAt < input.occurredAt) throw invalid("reportedAt", "must not be before occurredAt");
    return writeTransaction(async (tx) => {
      if (!(await tx.aISystem.findUnique({ where: { id: input.systemId }, select: { id: true } }))) throw notFound("AI system", input.systemId);
      const created = await tx.incident.create({ data: { ...defined(input), serious: input.serious ?? false, createdById: personOf(actor) } as any });
      await appendAuditEvent(tx, actor, { action: "incident.record", subjectId: created.id });
      return created;
    });
  },
});

export const updateIncident = useCase({
  permission: Permission.WRITE,
  input: z.object({
    id,
    input: z.object({ status: optionalEnum(IncidentStatus), resolution: optionalText(), reportedAt: dateTime.nullish(), serious: z.boolean().nullish() }),
  }),
  async run({ actor, id, input }) {
    return writeTransaction(async (tx) => {
      const before = await tx.incident.findUnique({ where: { id } });
      if (!before) throw notFound("Incident", id);
      const data = { ...defined(input), ...(input.serious === null ? { serious: undefined } : {}) };
      if (data.reportedAt && data.reportedAt < before.occurredAt) throw invalid("reportedAt", "must not be before occurredAt");
      const after = await tx.incident.update({ where: { id: before.id }, data: data as any });
      await appendAuditEvent(tx, actor, { action: "incident.update", subjectId: after.id });
      return after;
    });
  },
});

export const listIncidents = useCase({
  permission: Permission.READ,
  input: z.object({ systemId: id.nullish() }),
  async run({ systemId }) {
    return reader().incident.findMany({
      where: systemId ? { systemId } : {},
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      take: 500,
    });
  },
});
