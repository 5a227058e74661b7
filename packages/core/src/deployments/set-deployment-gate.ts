// Admins choose, per environment, what the deployment gate does (deployment-gate.ts).
import type { DeploymentGateMode, Environment } from "@canon/db";
import { appendAuditEvent } from "../audit/append-audit-event";
import type { Actor } from "../shared/actor";
import { invalid } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { oneOf } from "../shared/validate";
import { ALLOWED_GATE_MODES, GATE_MODES, GATED_ENVIRONMENTS } from "./deployment-gate";

export async function setDeploymentGate(opts: { actor: Actor; environment: Environment; mode: DeploymentGateMode }) {
  authorize(opts.actor, Permission.ADMIN);
  const environment = oneOf("environment", opts.environment, GATED_ENVIRONMENTS);
  if (!environment) throw invalid("environment", `must be one of ${GATED_ENVIRONMENTS.join(", ")} (DEVELOPMENT is never gated)`);
  const mode = oneOf("mode", opts.mode, GATE_MODES);
  if (!mode) throw invalid("mode", "is required");
  const allowed = ALLOWED_GATE_MODES[environment as "STAGING" | "PRODUCTION"];
  if (!allowed.includes(mode)) throw invalid("mode", `${environment} takes ${allowed.join(" or ")}: production deployments are always gated`);
  const organizationId = opts.actor.organizationId;
  return writeTransaction(async (tx) => {
    const row = await tx.deploymentGate.upsert({
      where: { organizationId_environment: { organizationId, environment } },
      create: { organizationId, environment, mode },
      update: { mode },
    });
    await appendAuditEvent(tx, opts.actor, { action: "deploymentGate.set", subjectId: row.id });
    return row;
  });
}
