import type { Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { reader } from "../shared/transaction";
import { EVALUATION_INCLUDE } from "./evaluation-include";

export async function getEvaluation(opts: { actor: Actor; id: string }) {
  authorize(opts.actor, Permission.READ);
  return findInOrg(opts.actor, "Evaluation", opts.id, (where) => reader().evaluation.findFirst({ where, include: EVALUATION_INCLUDE }));
}
