// Archiving a model version: stage ARCHIVED with the time, one audit event (modelVersion.archive). A
// version that an alias still points to is never archived, so no alias resolves to an archived version.
// Used by archiveModelVersion and by the transition of an approved request with archivePrevious.
import { appendAuditEvent } from "../audit/append-audit-event";
import type { Actor } from "../shared/actor";
import { conflict } from "../shared/errors";
import type { Tx } from "../shared/transaction";

/** The aliases (of the open scope's organisation) that point to a version. */
export async function aliasesPointingTo(tx: Tx, versionId: string) {
  return tx.alias.findMany({ where: { versionId }, select: { name: true } });
}

export async function archiveVersion(tx: Tx, actor: Actor, versionId: string, context?: Record<string, unknown>) {
  const aliases = await aliasesPointingTo(tx, versionId);
  if (aliases.length) {
    throw conflict(`Model version ${versionId} is the target of alias ${aliases.map((a) => `"${a.name}"`).join(", ")}; move or delete it first`, {
      aliases: aliases.map((a) => a.name),
    });
  }
  const after = await tx.modelVersion.update({ where: { id: versionId }, data: { stage: "ARCHIVED", archivedAt: new Date() } });
  await appendAuditEvent(tx, actor, { action: "modelVersion.archive", subjectId: versionId, context });
  return after;
}
