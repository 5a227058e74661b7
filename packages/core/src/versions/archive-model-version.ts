// Retires a version: stage ARCHIVED with the time. A version that an alias still points to cannot be
// archived (move or delete the alias first), so pipelines never resolve an alias to an archived version.
import { appendAuditEvent } from "../audit/append-audit-event";
import type { Actor } from "../shared/actor";
import { conflict } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { writeTransaction } from "../shared/transaction";

export async function archiveModelVersion(opts: { actor: Actor; id: string }) {
  authorize(opts.actor, Permission.WRITE);
  return writeTransaction(async (tx) => {
    const before = await findInOrg(opts.actor, "Model version", opts.id, (where) => tx.modelVersion.findFirst({ where }));
    if (before.stage === "ARCHIVED") throw conflict(`Model version ${before.id} is already archived`);
    const aliases = await tx.alias.findMany({ where: { versionId: before.id, organizationId: opts.actor.organizationId }, select: { name: true } });
    if (aliases.length) {
      throw conflict(`Model version ${before.id} is the target of alias ${aliases.map((a) => `"${a.name}"`).join(", ")}; move or delete it first`, { aliases: aliases.map((a) => a.name) });
    }
    const after = await tx.modelVersion.update({ where: { id: before.id }, data: { stage: "ARCHIVED", archivedAt: new Date() } });
    await appendAuditEvent(tx, opts.actor, { action: "modelVersion.archive", subjectType: "ModelVersion", subjectId: after.id, before, after });
    return after;
  });
}
