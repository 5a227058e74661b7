// Rollback is one operation: point an alias back to a version this same alias held before through an
// approved change (its history has a move made by the transition of an approved request), with a
// reason. Approvers and admins may do it without a new request, because that version was approved for
// this very alias; never to an archived version, and never to one that only reached the alias some
// other way (a version approved only for STAGING never held the alias through an approved change).
import { changeAlias } from "../aliases/move-alias";
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

const precondition = (rule: string, message: string) =>
  new CanonError(ErrorCode.PRECONDITION_FAILED, message, undefined, { rule, rules: [{ rule, message }] });

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
    const label = `${model.name} v${version.number}`;
    if (version.stage === "ARCHIVED") throw precondition("ROLLBACK_TARGET_ARCHIVED", `Rollback refused: ${label} is archived; an alias never points to an archived version`);
    if (before.versionId === version.id) throw conflict(`Alias "${name}" already points to ${label}`);
    const approvedMove = await tx.aliasHistory.findFirst({
      where: { organizationId, modelId: model.id, name, toVersionId: version.id, approvalRequestId: { not: null } },
      select: { approvalRequestId: true },
    });
    if (!approvedMove) {
      throw precondition("ROLLBACK_TARGET_NOT_APPROVED_FOR_ALIAS",
        `Rollback refused: alias "${name}" never pointed to ${label} through an approved change; rollback only returns to a version this alias held by an approved request (request approval with targetAlias "${name}" instead)`);
    }
    return (await changeAlias(tx, opts.actor, {
      modelId: model.id, name, current: before, toVersionId: version.id, rollback: true,
      reason: `rollback: ${reason}`, approvalRequestId: null, context: { approvedBy: approvedMove.approvalRequestId },
    }))!;
  });
}
