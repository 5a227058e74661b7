// The deployment gate: a deployment into STAGING or PRODUCTION of a model version or release that is not
// approved for that environment (its stage below the environment's, or archived). Per organisation and
// environment the gate ENFORCEs (the record is refused with the rules that failed), RECORDs AND FLAGs
// (the record is kept as a policy violation, audited, sent as a webhook event and listed), or — for
// STAGING only — is OPEN. DEVELOPMENT is never gated. Defaults: PRODUCTION ENFORCE, STAGING OPEN.
import type { DeploymentGateMode, Environment, Stage } from "@canon/db";
import type { Actor } from "../shared/actor";
import type { Tx } from "../shared/transaction";

export const GATE_MODES: readonly DeploymentGateMode[] = ["ENFORCE", "RECORD_AND_FLAG", "OPEN"];
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

export async function gateMode(tx: Pick<Tx, "deploymentGate">, actor: Actor, environment: Environment): Promise<DeploymentGateMode> {
  if (environment === "DEVELOPMENT") return "OPEN";
  const row = await tx.deploymentGate.findUnique({ where: { organizationId_environment: { organizationId: actor.organizationId, environment } } });
  return row?.mode ?? DEFAULT_GATE_MODES[environment];
}

/** Pure: what a deployment of `subject` into `environment` violates (empty when it is approved for it). */
export function gateViolations(subject: GateSubject, environment: Environment): GateViolation[] {
  if (environment === "DEVELOPMENT") return [];
  const needed = environment as "STAGING" | "PRODUCTION";
  if (subject.stage === "ARCHIVED") {
    return [{ rule: "DEPLOYMENT_NOT_APPROVED", message: `${subject.label} is archived; it cannot be deployed to ${environment}` }];
  }
  if (RANK[subject.stage] < RANK[needed]) {
    return [{ rule: "DEPLOYMENT_NOT_APPROVED", message: `${subject.label} is in ${subject.stage}, not approved for ${environment}: request approval with targetStage ${needed} first` }];
  }
  return [];
}
