import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf, type Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { writeTransaction } from "../shared/transaction";
import { optionalText, requiredText } from "../shared/validate";
import { mergeCardFields, validateCardFields, type ModelCardFieldsInput } from "./card-fields";
import { toCardView } from "./card-view";

export interface SaveModelCardInput extends ModelCardFieldsInput {
  modelVersionId: string;
  changeNote?: string | null;
}

/**
 * Saves the card of a model version as its next revision (1, 2, 3 … per version). The header's
 * counter is incremented inside the transaction (created with the first save), which locks it, so
 * concurrent saves queue and never share or skip a number.
 */
export async function saveModelCard(opts: { actor: Actor; input: SaveModelCardInput }) {
  authorize(opts.actor, Permission.WRITE);
  const modelVersionId = requiredText("modelVersionId", opts.input.modelVersionId, 100);
  const given = validateCardFields(opts.input);
  const changeNote = optionalText("changeNote", opts.input.changeNote, 2_000) ?? null;
  return writeTransaction(async (tx) => {
    await findInOrg(opts.actor, "Model version", modelVersionId, (where) => tx.modelVersion.findFirst({ where, select: { id: true } }));
    const card = await tx.modelCard.upsert({
      where: { modelVersionId },
      create: { organizationId: opts.actor.organizationId, modelVersionId, latestRevision: 1 },
      update: { latestRevision: { increment: 1 } },
    });
    const previous = card.latestRevision > 1
      ? await tx.modelCardRevision.findUnique({ where: { cardId_revision: { cardId: card.id, revision: card.latestRevision - 1 } } })
      : null;
    const revision = await tx.modelCardRevision.create({
      data: {
        ...mergeCardFields(previous, given),
        organizationId: opts.actor.organizationId,
        cardId: card.id,
        revision: card.latestRevision,
        changeNote,
        createdById: personOf(opts.actor),
      },
    });
    await appendAuditEvent(tx, opts.actor, { action: "modelCard.save", subjectId: card.id });
    return toCardView(revision, card);
  });
}
