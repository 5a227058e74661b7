// Removes an alias. The history keeps a row for the removal (toVersionId null), so "what did it point
// to on date D" can still be answered afterwards. A protected alias cannot be removed: an approver
// unprotects it first (setAlias with protected: false, audited as alias.unprotect).
import { appendAuditEvent } from "../audit/append-audit-event";
import type { Actor } from "../shared/actor";
import { CanonError, ErrorCode, notFound } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { writeTransaction } from "../shared/transaction";
import { identifier, optionalText } from "../shared/validate";

export async function deleteAlias(opts: { actor: Actor; modelId: string; name: string; reason?: string | null }) {
  authorize(opts.actor, Permission.WRITE);
  const name = identifier("name", opts.name);
  const reason = optionalText("reason", opts.reason, 2_000) ?? null;
  return writeTransaction(async (tx) => {
    const organizationId = opts.actor.organizationId;
    const model = await findInOrg(opts.actor, "Model", opts.modelId, (where) => tx.model.findFirst({ where, select: { id: true } }));
    const before = await tx.alias.findFirst({ where: { modelId: model.id, name, organizationId } });
    if (!before) throw notFound(`Alias "${name}" of model`, model.id);
    if (before.protected) {
      throw new CanonError(ErrorCode.PRECONDITION_FAILED,
        `Alias "${name}" is protected and cannot be deleted; an approver must unprotect it first (setAlias with protected: false)`,
        undefined, { rule: "PROTECTED_ALIAS", alias: name });
    }
    await tx.aliasHistory.create({
      data: {
        organizationId, aliasId: before.id, modelId: model.id, name,
        fromVersionId: before.versionId, toVersionId: null,
        reason, actorId: opts.actor.actorId, movedAt: new Date(),
      },
    });
    await tx.alias.delete({ where: { id: before.id } });
    await appendAuditEvent(tx, opts.actor, { action: "alias.delete", subjectType: "Alias", subjectId: before.id, before, after: reason ? { reason } : undefined });
    return before;
  });
}
