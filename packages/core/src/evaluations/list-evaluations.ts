import { z } from "zod";
import { optionalId, optionalText } from "../shared/input";
import { pageArgs, paginate } from "../shared/pagination";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { EVALUATION_INCLUDE, EVALUATION_ORDER } from "./evaluation-include";

export const evaluationFilter = z.object({
  modelVersionId: optionalId,
  datasetVersionId: optionalId,
  suite: optionalText(200),
  passed: z.boolean().nullish(),
});
export type EvaluationFilter = z.input<typeof evaluationFilter>;

/** Evaluations of the caller's organisation, newest first. */
export const listEvaluations = useCase({
  permission: Permission.READ,
  input: z.object({ filter: evaluationFilter.nullish(), page: pageArgs }),
  async run({ filter, page }) {
    const f: Partial<NonNullable<typeof filter>> = filter ?? {};
    const where = {
      ...(f.modelVersionId ? { modelVersionId: f.modelVersionId } : {}),
      ...(f.datasetVersionId ? { datasetVersionId: f.datasetVersionId } : {}),
      ...(f.suite ? { suite: f.suite } : {}),
      ...(typeof f.passed === "boolean" ? { passed: f.passed } : {}),
    };
    const db = reader();
    return paginate(
      page,
      (q) => db.evaluation.findMany({ where, orderBy: EVALUATION_ORDER, include: EVALUATION_INCLUDE, ...q }),
      () => db.evaluation.count({ where }),
    );
  },
});
