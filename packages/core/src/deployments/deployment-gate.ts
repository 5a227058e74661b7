// The deployment gate: a deployment into STAGING or PRODUCTION of a model version or release that is not
// approved for that environment (its stage below the environment's, or archived). Per organisation and
// environment the gate ENFORCEs (the record is refused with the rules that failed), RECORDs AND FLAGs
// (the record is kept as a policy violation, audited, sent as a webhook event and listed), or — for
// STAGING only — is OPEN. DEVELOPMENT is never gated. Defaults: PRODUCTION ENFORCE, STAGING OPEN.
import { DeploymentGateMode, type Environment, type Stage } from "@canon/db";
import { invalid } from "../shared/errors";
import type { Tx } from "../shared/transaction";

export const GATE_MODES: readonly DeploymentGateMode[] = Object.values(DeploymentGateMode);
export const GATED_ENVIRONMENTS: readonly Environment[] = ["STAGING", "PRODUCTION"];
export const DEFAULT_GATE_MODES: Readonly<Record<"STAGING" | "PRODUCTION", DeploymentGateMode>> = { STAGING: "OPEN", PRODUCTION: "ENFORCE" };
/** The modes an environment may take: production is always gated. */
export const ALLOWED_GATE_MODES: Readonly<Record<"STAGING" | "PRODUCTION", readonly DeploymentGateMode[]>> = {
  STAGING: GATE_MODES,
  PRODUCTION: ["ENFORCE", "RECORD_AND_FLAG"],
};

const RANK: Record<Stage, number> = { DEVELOPMENT: 0, STAGING: 1, PRODUCTION: 2, ARCHIVED: -1 };

export interface GateViolation {
  rule: "DEPLOYMENT_NOT_APPROVED";
  message: string;
}

export interface GateSubject {
  label: string;
  stage: Stage;
}

/** The gate of an environment in the organisation of the open scope (its choice, or the default). */
export async function gateMode(tx: Pick<Tx, "deploymentGate">, environment: Environment): Promise<DeploymentGateMode> {
  if (environment === "DEVELOPMENT") return "OPEN";
  const row = await tx.deploymentGate.findFirst({ where: { environment } });
  return row?.mode ?? DEFAULT_GATE_MODES[environment];
}

/** Pure: an environment a gate can be set for, and a mode that environment takes. */
export function assertGateChoice(environment: Environment, mode: DeploymentGateMode): "STAGING" | "PRODUCTION" {
  if (!GATED_ENVIRONMENTS.includes(environment)) throw invalid("environment", `must be one of ${GATED_ENVIRONMENTS.join(", ")} (DEVELOPMENT is never gated)`);
  const gated = environment as "STAGING" | "PRODUCTION";
  const allowed = ALLOWED_GATE_MODES[gated];
  if (!allowed.includes(mode)) throw invalid("mode", `${environment} takes ${allowed.join(" or ")}: production deployments are always gated`);
  return gated;
}

/** Pure: what a deployment of `subject` into `environment` violates (empty when it is approved for it). */
export function gateViolations(subject: GateSubject, environment: Environment): GateViolation[] {
  if (environment === "DEVELOPMENT") return [];
  const needed = environment as "STAGING" | "PRODUCTION";
  if (subject.stage === "ARCHIVED") {
    return [{ rule: "DEPLOYMENT_NOT_APPROVED", message: `${subject.label} is archived; it cannot be deployed to ${environment}` }];
  }
  if (RANK[subject.stage] < RANK[needed]) {
    return [
      {
        rule: "DEPLOYMENT_NOT_APPROVED",
        message: `${subject.label} is in ${subject.stage}, not approved for ${environment}: request approval with targetStage ${needed} first`,
      },
    ];
  }
  return [];
}
