// The one way an alias changes: create it, move it, protect it, roll it back or remove it, always with
// its history row (what it pointed to, from when, why, by whom, on which approved request) and its
// audit event, in the caller's transaction. setAlias, deleteAlias, rollbackAlias and the transition of
// an approved request all go through here.
import type { AliasModel } from "@canon/db";
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf, type Actor } from "../shared/actor";
import type { Tx } from "../shared/transaction";

export interface AliasChange {
  modelId: string;
  name: string;
  /** The alias as it is now (null: it does not exist yet). */
  current: AliasModel | null;
  /** Where it should point (null: remove it). */
  toVersionId: string | null;
  protected?: boolean;
  reason?: string | null;
  /** The approved request this change is the transition of. */
  approvalRequestId?: string | null;
  rollback?: boolean;
  /** More for the audit event's context (e.g. the approved request a rollback returns to). */
  context?: Record<string, unknown>;
}

function actionOf(change: AliasChange) {
  if (change.toVersionId === null) return "alias.delete" as const;
  if (!change.current) return "alias.create" as const;
  if (change.rollback) return "alias.rollback" as const;
  if (change.current.versionId === change.toVersionId) return "alias.protect" as const;
  return "alias.move" as const;
}

/** Runs in the caller's transaction and organisation scope (which stamps organizationId on the rows it creates). */
export async function changeAlias(tx: Tx, actor: Actor, change: AliasChange): Promise<AliasModel | null> {
  const action = actionOf(change);
  const isProtected = change.protected ?? change.current?.protected ?? false;
  let after: AliasModel | null = null;
  if (action === "alias.delete") {
    // The history row keeps the alias's id (set to null by the delete): "what did it point to at D".
  } else if (change.current) {
    after = await tx.alias.update({ where: { id: change.current.id }, data: { versionId: change.toVersionId!, protected: isProtected } });
  } else {
    const alias = { modelId: change.modelId, name: change.name, versionId: change.toVersionId!, protected: isProtected };
    after = await tx.alias.create({ data: alias as typeof alias & { organizationId: string } });
  }
  const aliasId = after?.id ?? change.current!.id;
  const move = {
    aliasId,
    modelId: change.modelId,
    name: change.name,
    fromVersionId: change.current?.versionId ?? null,
    toVersionId: change.toVersionId,
    reason: change.reason ?? null,
    actorId: personOf(actor),
    approvalRequestId: change.approvalRequestId ?? null,
    movedAt: new Date(),
  };
  await tx.aliasHistory.create({ data: move as typeof move & { organizationId: string } });
  if (action === "alias.delete") await tx.alias.delete({ where: { id: aliasId } });
  const context = { reason: change.reason ?? null, ...(change.approvalRequestId ? { approvalRequestId: change.approvalRequestId } : {}), ...change.context };
  await appendAuditEvent(tx, actor, { action, subjectId: aliasId, context });
  return after;
}
