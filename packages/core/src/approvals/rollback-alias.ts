// Rollback is one operation: point an alias back to a version this same alias held before through an
// approved change (its history has a move made by the transition of an approved request), with a
// reason. Approvers and admins may do it without a new request, because that version was approved for
// this very alias; never to an archived version, and never to one that only reached the alias some
// other way (a version approved only for STAGING never held the alias through an approved change).
import { z } from "zod";
import { changeAlias } from "../aliases/move-alias";
import { CanonError, conflict, ErrorCode, invalid, notFound } from "../shared/errors";
import { id, identifier, requiredText } from "../shared/input";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";

export const rollbackAliasInput = z.object({
  modelId: id,
  alias: identifier(),
  toVersionId: id,
  reason: requiredText(2_000),
});
export type RollbackAliasInput = z.input<typeof rollbackAliasInput>;

const precondition = (rule: string, message: string) => new CanonError(ErrorCode.PRECONDITION_FAILED, message, undefined, { rule, rules: [{ rule, message }] });

export const rollbackAlias = useCase({
  permission: Permission.CLASSIFY,
  input: z.object({ input: rollbackAliasInput }),
  async run({ actor, input: { modelId, alias: name, toVersionId, reason } }) {
    return writeTransaction(async (tx) => {
      const model = await tx.model.findUnique({ where: { id: modelId }, select: { id: true, name: true } });
      if (!model) throw notFound("Model", modelId);
      const before = await tx.alias.findFirst({ where: { modelId: model.id, name } });
      if (!before) throw notFound(`Alias "${name}" of model`, model.id);
      const version = await tx.modelVersion.findUnique({
        where: { id: toVersionId },
        select: { id: true, modelId: true, number: true, stage: true, approvedAt: true },
      });
      if (!version) throw invalid("toVersionId", `model version ${toVersionId} was not found in this organisation`);
      if (version.modelId !== model.id) throw invalid("toVersionId", `belongs to another model; alias "${name}" points to versions of ${model.name}`);
      const label = `${model.name} v${version.number}`;
      if (version.stage === "ARCHIVED")
        throw precondition("ROLLBACK_TARGET_ARCHIVED", `Rollback refused: ${label} is archived; an alias never points to an archived version`);
      if (before.versionId === version.id) throw conflict(`Alias "${name}" already points to ${label}`);
      const approvedMove = await tx.aliasHistory.findFirst({
        where: { modelId: model.id, name, toVersionId: version.id, approvalRequestId: { not: null } },
        select: { approvalRequestId: true },
      });
      if (!approvedMove) {
        throw precondition(
          "ROLLBACK_TARGET_NOT_APPROVED_FOR_ALIAS",
          `Rollback refused: alias "${name}" never pointed to ${label} through an approved change; rollback only returns to a version this alias held by an approved request (request approval with targetAlias "${name}" instead)`,
        );
      }
      return (await changeAlias(tx, actor, {
        modelId: model.id,
        name,
        current: before,
        toVersionId: version.id,
        rollback: true,
        reason: `rollback: ${reason}`,
        approvalRequestId: null,
        context: { approvedBy: approvedMove.approvalRequestId },
      }))!;
    });
  },
});
