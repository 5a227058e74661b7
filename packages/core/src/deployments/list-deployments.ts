import type { Environment } from "@canon/db";
import type { Actor } from "../shared/actor";
import { paginate, type PageArgs } from "../shared/pagination";
import { authorize, Permission } from "../shared/permissions";
import { inOrg } from "../shared/scope";
import { reader } from "../shared/transaction";
import { dateValue } from "../shared/validate";

export interface DeploymentFilter {
  environment?: Environment | null;
  /** Only deployments that have not ended. */
  activeOnly?: boolean | null;
  /** Only deployments running at this instant (started at or before it, not ended by then). */
  activeAt?: Date | string | null;
  modelVersionId?: string | null;
  releaseId?: string | null;
  target?: string | null;
  /** Only deployments recorded in violation of the deployment gate (or only those without). */
  policyViolation?: boolean | null;
}

/** Deployments of the caller's organisation, most recently started first. */
export async function listDeployments(opts: { actor: Actor; filter?: DeploymentFilter | null; page: PageArgs }) {
  authorize(opts.actor, Permission.READ);
  const f = opts.filter ?? {};
  const at = dateValue("filter.activeAt", f.activeAt);
  const where = inOrg(opts.actor, {
    ...(f.environment ? { environment: f.environment } : {}),
    ...(f.modelVersionId ? { modelVersionId: f.modelVersionId } : {}),
    ...(f.releaseId ? { releaseId: f.releaseId } : {}),
    ...(f.target?.trim() ? { target: f.target.trim() } : {}),
    ...(f.activeOnly ? { endedAt: null } : {}),
    ...(typeof f.policyViolation === "boolean" ? { policyViolation: f.policyViolation } : {}),
    ...(at ? { startedAt: { lte: at }, OR: [{ endedAt: null }, { endedAt: { gt: at } }] } : {}),
  });
  const db = reader();
  return paginate(
    opts.page,
    (q) => db.deployment.findMany({ where, orderBy: [{ startedAt: "desc" }, { id: "desc" }], ...q }),
    () => db.deployment.count({ where }),
  );
}
