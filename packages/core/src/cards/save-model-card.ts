import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf } from "../shared/actor";
import { notFound } from "../shared/errors";
import { id, optionalText } from "../shared/input";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { givenCardFields, mergeCardFields, modelCardFieldsInput } from "./card-fields";
import { toCardView } from "./card-view";

export const saveModelCardInput = modelCardFieldsInput.extend({
  modelVersionId: id,
  /** Why this revision was made. */
  changeNote: optionalText(2_000),
});
export type SaveModelCardInput = z.input<typeof saveModelCardInput>;

/**
 * Saves the card of a model version as its next revision (1, 2, 3 … per version). The header's
 * counter is incremented inside the transaction (created with the first save), which locks it, so
 * concurrent saves queue and never share or skip a number.
 */
export const saveModelCard = useCase({
  permission: Permission.WRITE,
  input: z.object({ input: saveModelCardInput }),
  async run({ actor, input }) {
    const { modelVersionId } = input;
    const given = givenCardFields(input);
    const changeNote = input.changeNote ?? null;
    return writeTransaction(async (tx) => {
      const version = await tx.modelVersion.findUnique({ where: { id: modelVersionId }, select: { id: true } });
      if (!version) throw notFound("Model version", modelVersionId);
      const card = await tx.modelCard.upsert({
        where: { modelVersionId },
        create: { modelVersionId, latestRevision: 1 } as any,
        update: { latestRevision: { increment: 1 } },
      });
      const previous =
        card.latestRevision > 1
          ? await tx.modelCardRevision.findUnique({ where: { cardId_revision: { cardId: card.id, revision: card.latestRevision - 1 } } })
          : null;
      const revision = await tx.modelCardRevision.create({
        data: {
          ...mergeCardFields(previous, given),
          cardId: card.id,
          revision: card.latestRevision,
          changeNote,
          createdById: personOf(actor),
        } as any,
      });
      await appendAuditEvent(tx, actor, { action: "modelCard.save", subjectId: card.id });
      return toCardView(revision, card);
    });
  },
});
