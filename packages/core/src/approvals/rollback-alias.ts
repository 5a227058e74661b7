// Rollback is one operation: point an alias (protected or not) back to a version of its model that was
// approved before, with a reason. Approvers and admins may do it without a new request; it writes an
// AliasHistory row and one audit event (alias.rollback).
import { appendAuditEvent } from "../audit/append-audit-event";
import type { Actor } from "../shared/actor";
import { CanonError, conflict, ErrorCode, invalid, notFound } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { writeTransaction } from "../shared/transaction";
import { identifier, requiredText } from "../shared/validate";

export interface RollbackAliasInput {
  modelId: string;
  alias: string;
  toVersionId: string;
  reason: string;
}

const precondition = (rule: string, message: string) => new CanonError(ErrorCode.PRECONDITION_FAILED, message, undefined, { rule });

export async function rollbackAlias(opts: { actor: Actor; input: RollbackAliasInput }) {
  authorize(opts.actor, Permission.CLASSIFY);
  const name = identifier("alias", opts.input.alias);
  const toVersionId = requiredText("toVersionId", opts.input.toVersionId, 100);
  const reason = requiredText("reason", opts.input.reason, 2_000);
  const organizationId = opts.actor.organizationId;
  return writeTransaction(async (tx) => {
    const model = await findInOrg(opts.actor, "Model", opts.input.modelId, (where) => tx.model.findFirst({ where, select: { id: true, name: true } }));
    const before = await tx.alias.findFirst({ where: { organizationId, modelId: model.id, name } });
    if (!before) throw notFound(`Alias "${name}" of model`, model.id);
    const version = await tx.modelVersion.findFirst({ where: { id: toVersionId, organizationId }, select: { id: true, modelId: true, number: true, stage: true, approvedAt: true } });
    if (!version) throw invalid("toVersionId", `model version ${toVersionId} was not found in this organisation`);
    if (version.modelId !== model.id) throw invalid("toVersionId", `belongs to another model; alias "${name}" points to versions of ${model.name}`);
    if (!version.approvedAt) throw precondition("ROLLBACK_TARGET_APPROVED", `Rollback refused: ${model.name} v${version.number} was never approved; rollback only returns to a version approved before`);
    if (version.stage === "ARCHIVED") throw precondition("ROLLBACK_TARGET_ARCHIVED", `Rollback refused: ${model.name} v${version.number} is archived; an alias never points to an archived version`);
    if (before.versionId === version.id) throw conflict(`Alias "${name}" already points to ${model.name} v${version.number}`);
    const after = await tx.alias.update({ where: { id: before.id }, data: { versionId: version.id } });
    await tx.aliasHistory.create({
      data: { organizationId, aliasId: after.id, modelId: model.id, name, fromVersionId: before.versionId, toVersionId: version.id, reason: `rollback: ${reason}`, actorId: opts.actor.actorId, movedAt: new Date() },
    });
    await appendAuditEvent(tx, opts.actor, { action: "alias.rollback", subjectType: "Alias", subjectId: after.id, before, after: { ...after, reason } });
    return after;
  });
}
