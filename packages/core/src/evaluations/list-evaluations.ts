import type { Actor } from "../shared/actor";
import { paginate, type PageArgs } from "../shared/pagination";
import { authorize, Permission } from "../shared/permissions";
import { inOrg } from "../shared/scope";
import { reader } from "../shared/transaction";
import { EVALUATION_INCLUDE, EVALUATION_ORDER } from "./evaluation-include";

export interface EvaluationFilter {
  modelVersionId?: string | null;
  datasetVersionId?: string | null;
  suite?: string | null;
  passed?: boolean | null;
}

/** Evaluations of the caller's organisation, newest first. */
export async function listEvaluations(opts: { actor: Actor; filter?: EvaluationFilter | null; page: PageArgs }) {
  authorize(opts.actor, Permission.READ);
  const f = opts.filter ?? {};
  const where = inOrg(opts.actor, {
    ...(f.modelVersionId ? { modelVersionId: f.modelVersionId } : {}),
    ...(f.datasetVersionId ? { datasetVersionId: f.datasetVersionId } : {}),
    ...(f.suite?.trim() ? { suite: f.suite.trim() } : {}),
    ...(typeof f.passed === "boolean" ? { passed: f.passed } : {}),
  });
  const db = reader();
  return paginate(
    opts.page,
    (q) => db.evaluation.findMany({ where, orderBy: EVALUATION_ORDER, include: EVALUATION_INCLUDE, ...q }),
    () => db.evaluation.count({ where }),
  );
}
