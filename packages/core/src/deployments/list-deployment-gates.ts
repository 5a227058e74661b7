import type { DeploymentGateMode, Environment } from "@canon/db";
import { z } from "zod";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { DEFAULT_GATE_MODES, GATED_ENVIRONMENTS } from "./deployment-gate";

export interface DeploymentGateView {
  environment: Environment;
  mode: DeploymentGateMode;
  isDefault: boolean;
  updatedAt: Date | null;
}

/** The gate of every gated environment: the organisation's choice, or the default. */
export const listDeploymentGates = useCase({
  permission: Permission.READ,
  /** No arguments (loose: an empty strict object would refuse the actor in its type). */
  input: z.object({}).loose(),
  async run(): Promise<DeploymentGateView[]> {
    const rows = await reader().deploymentGate.findMany();
    return GATED_ENVIRONMENTS.map((environment) => {
      const row = rows.find((r) => r.environment === environment);
      return row
        ? { environment, mode: row.mode, isDefault: false, updatedAt: row.updatedAt }
        : { environment, mode: DEFAULT_GATE_MODES[environment as "STAGING" | "PRODUCTION"], isDefault: true, updatedAt: null };
    });
  },
});
