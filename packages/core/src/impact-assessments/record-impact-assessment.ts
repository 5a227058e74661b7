// Impact assessments of an AI system: the EU AI Act Art. 27 fundamental-rights impact assessment, the
// ISO/IEC 42001 AI system impact assessment (6.1.4, A.5) and the data-protection impact assessment.
import { ImpactAssessmentKind } from "@canon/db";
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf } from "../shared/actor";
import { invalid, notFound } from "../shared/errors";
import { dateTime, defined, id, optionalText, requiredText } from "../shared/input";
import { Permission } from "../shared/permissions";
import { reader, writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";

export const recordImpactAssessment = useCase({
  permission: Permission.WRITE,
  input: z.object({
    input: z.object({
      systemId: id,
      kind: z.enum(ImpactAssessmentKind),
      summary: requiredText(20_000),
      affectedGroups: optionalText(),
      consequences: optionalText(),
      mitigations: optionalText(),
      assessedAt: dateTime,
      nextReviewAt: dateTime.nullish(),
    }),
  }),
  async run({ actor, input }) {
    if (input.nextReviewAt && input.nextReviewAt < input.assessedAt) throw invalid("nextReviewAt", "must not be before assessedAt");
    return writeTransaction(async (tx) => {
      if (!(await tx.aISystem.findUnique({ where: { id: input.systemId }, select: { id: true } }))) throw notFound("AI system", input.systemId);
      const created = await tx.impactAssessment.create({ data: { ...defined(input), createdById: personOf(actor) } as any });
      await appendAuditEvent(tx, actor, { action: "impactAssessment.record", subjectId: created.id });
      return created;
    });
  },
});

export const listImpactAssessments = useCase({
  permission: Permission.READ,
  input: z.object({ systemId: id.nullish() }),
  async run({ systemId }) {
    return reader().impactAssessment.findMany({ where: systemId ? { systemId } : {}, orderBy: [{ assessedAt: "desc" }, { id: "desc" }], take: 500 });
  },
});
