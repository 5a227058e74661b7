import { Environment } from "@canon/db";
import { z } from "zod";
import { dateTime, optionalEnum, optionalId, optionalText } from "../shared/input";
import { pageArgs, paginate } from "../shared/pagination";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";

export const deploymentFilter = z.object({
  environment: optionalEnum(Environment),
  /** Only deployments that have not ended. */
  activeOnly: z.boolean().nullish(),
  /** Only deployments running at this instant (started at or before it, not ended by then). */
  activeAt: dateTime.nullish(),
  modelVersionId: optionalId,
  releaseId: optionalId,
  target: optionalText(200),
  /** Only deployments recorded in violation of the deployment gate (or only those without). */
  policyViolation: z.boolean().nullish(),
});
export type DeploymentFilter = z.input<typeof deploymentFilter>;

/** Deployments of the caller's organisation, most recently started first. */
export const listDeployments = useCase({
  permission: Permission.READ,
  input: z.object({ filter: deploymentFilter.nullish(), page: pageArgs }),
  async run({ filter, page }) {
    const f: Partial<NonNullable<typeof filter>> = filter ?? {};
    const at = f.activeAt;
    const where = {
      ...(f.environment ? { environment: f.environment } : {}),
      ...(f.modelVersionId ? { modelVersionId: f.modelVersionId } : {}),
      ...(f.releaseId ? { releaseId: f.releaseId } : {}),
      ...(f.target ? { target: f.target } : {}),
      ...(f.activeOnly ? { endedAt: null } : {}),
      ...(typeof f.policyViolation === "boolean" ? { policyViolation: f.policyViolation } : {}),
      ...(at ? { startedAt: { lte: at }, OR: [{ endedAt: null }, { endedAt: { gt: at } }] } : {}),
    };
    const db = reader();
    return paginate(
      page,
      (q) => db.deployment.findMany({ where, orderBy: [{ startedAt: "desc" }, { id: "desc" }], ...q }),
      () => db.deployment.count({ where }),
    );
  },
});
