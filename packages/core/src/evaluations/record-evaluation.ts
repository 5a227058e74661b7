import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf, type Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { writeTransaction } from "../shared/transaction";
import { EVALUATION_INCLUDE } from "./evaluation-include";
import { validateEvaluation, type RecordEvaluationInput } from "./evaluation-input";

/** Records one evaluation run of a model version; metric and overall pass/fail are derived here. */
export async function recordEvaluation(opts: { actor: Actor; input: RecordEvaluationInput }) {
  authorize(opts.actor, Permission.WRITE);
  const { metrics, ...data } = validateEvaluation(opts.input);
  return writeTransaction(async (tx) => {
    await findInOrg(opts.actor, "Model version", data.modelVersionId, (where) => tx.modelVersion.findFirst({ where, select: { id: true } }));
    if (data.datasetVersionId) {
      await findInOrg(opts.actor, "Dataset version", data.datasetVersionId, (where) => tx.datasetVersion.findFirst({ where, select: { id: true } }));
    }
    const created = await tx.evaluation.create({
      data: {
        ...data,
        organizationId: opts.actor.organizationId,
        createdById: personOf(opts.actor),
        metrics: { create: metrics },
      },
      include: EVALUATION_INCLUDE,
    });
    await appendAuditEvent(tx, opts.actor, { action: "evaluation.record", subjectId: created.id });
    return created;
  });
}
