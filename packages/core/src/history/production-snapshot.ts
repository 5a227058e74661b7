// "What was in production on date D": the scope of a snapshot at one instant, checked once. Its two
// lists (alias pointers and running deployments) are read page by page by list-alias-pointers-at.ts
// and list-deployments-at.ts, from the recorded history (AliasHistory, Deployment start/end times).
import type { Environment } from "@canon/db";
import { ENVIRONMENTS } from "../deployments/deployment-input";
import type { Actor } from "../shared/actor";
import { invalid } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { reader } from "../shared/transaction";
import { dateValue, oneOf, optionalText } from "../shared/validate";

export interface SnapshotInput {
  at: Date | string;
  /** Only this model: its aliases, and deployments of its versions or of releases that include one. */
  modelId?: string | null;
  /** Only this AI system: aliases of its models, deployments of its releases or of its models' versions. */
  systemId?: string | null;
  /** Only deployments in this environment (aliases are not per environment). */
  environment?: Environment | null;
}

export interface SnapshotScope {
  at: Date;
  modelId: string | null;
  systemId: string | null;
  environment: Environment | null;
}

/** Validates the instant and the filters (ids of other tenants are NOT_FOUND); reads nothing else. */
export async function productionSnapshot(opts: { actor: Actor; input: SnapshotInput }): Promise<SnapshotScope> {
  authorize(opts.actor, Permission.READ);
  const at = dateValue("at", opts.input.at);
  if (!at) throw invalid("at", "is required");
  const modelId = optionalText("modelId", opts.input.modelId, 100) ?? null;
  const systemId = optionalText("systemId", opts.input.systemId, 100) ?? null;
  const environment = oneOf("environment", opts.input.environment, ENVIRONMENTS) ?? null;
  const db = reader();
  if (modelId) await findInOrg(opts.actor, "Model", modelId, (where) => db.model.findFirst({ where, select: { id: true } }));
  if (systemId) await findInOrg(opts.actor, "AI system", systemId, (where) => db.aISystem.findFirst({ where, select: { id: true } }));
  return { at, modelId, systemId, environment };
}
