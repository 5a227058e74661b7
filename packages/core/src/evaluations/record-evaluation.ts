import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf } from "../shared/actor";
import { notFound } from "../shared/errors";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { EVALUATION_INCLUDE } from "./evaluation-include";
import { evaluationData, recordEvaluationInput } from "./evaluation-input";

/** Records one evaluation run of a model version; metric and overall pass/fail are derived here. */
export const recordEvaluation = useCase({
  permission: Permission.WRITE,
  input: z.object({ input: recordEvaluationInput }),
  async run({ actor, input }) {
    const { metrics, ...data } = evaluationData(input);
    return writeTransaction(async (tx) => {
      const version = await tx.modelVersion.findUnique({ where: { id: data.modelVersionId }, select: { id: true } });
      if (!version) throw notFound("Model version", data.modelVersionId);
      if (data.datasetVersionId) {
        const dataset = await tx.datasetVersion.findUnique({ where: { id: data.datasetVersionId }, select: { id: true } });
        if (!dataset) throw notFound("Dataset version", data.datasetVersionId);
      }
      const created = await tx.evaluation.create({
        data: { ...data, createdById: personOf(actor), metrics: { create: metrics } } as any,
        include: EVALUATION_INCLUDE,
      });
      await appendAuditEvent(tx, actor, { action: "evaluation.record", subjectId: created.id });
      return created;
    });
  },
});
