import type { DeploymentGateMode, Environment } from "@canon/db";
import type { Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { DEFAULT_GATE_MODES, GATED_ENVIRONMENTS } from "./deployment-gate";

export interface DeploymentGateView {
  environment: Environment;
  mode: DeploymentGateMode;
  isDefault: boolean;
  updatedAt: Date | null;
}

/** The gate of every gated environment: the organisation's choice, or the default. */
export async function listDeploymentGates(opts: { actor: Actor }): Promise<DeploymentGateView[]> {
  authorize(opts.actor, Permission.READ);
  const rows = await reader().deploymentGate.findMany({ where: { organizationId: opts.actor.organizationId } });
  return GATED_ENVIRONMENTS.map((environment) => {
    const row = rows.find((r) => r.environment === environment);
    return row
      ? { environment, mode: row.mode, isDefault: false, updatedAt: row.updatedAt }
      : { environment, mode: DEFAULT_GATE_MODES[environment as "STAGING" | "PRODUCTION"], isDefault: true, updatedAt: null };
  });
}
