import { appendAuditEvent } from "../audit/append-audit-event";
import type { Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { writeTransaction } from "../shared/transaction";
import { validateDeployment, type RecordDeploymentInput } from "./deployment-input";

/** Records that a model version or a release runs somewhere, from startedAt (default now). */
export async function recordDeployment(opts: { actor: Actor; input: RecordDeploymentInput }) {
  authorize(opts.actor, Permission.WRITE);
  const data = validateDeployment(opts.input);
  return writeTransaction(async (tx) => {
    if (data.modelVersionId) {
      await findInOrg(opts.actor, "Model version", data.modelVersionId, (where) => tx.modelVersion.findFirst({ where, select: { id: true } }));
    } else {
      await findInOrg(opts.actor, "Release", data.releaseId!, (where) => tx.release.findFirst({ where, select: { id: true } }));
    }
    const created = await tx.deployment.create({
      data: { ...data, organizationId: opts.actor.organizationId, deployedById: opts.actor.actorId },
    });
    await appendAuditEvent(tx, opts.actor, { action: "deployment.record", subjectType: "Deployment", subjectId: created.id, after: created });
    return created;
  });
}
