import { z } from "zod";
import { notFound } from "../shared/errors";
import { id } from "../shared/input";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { toCardView, type ModelCardView } from "./card-view";

/** The card header of a version (null when none was saved yet); NOT_FOUND for an unknown version. */
async function cardOf(modelVersionId: string) {
  const db = reader();
  const version = await db.modelVersion.findUnique({ where: { id: modelVersionId }, select: { id: true } });
  if (!version) throw notFound("Model version", modelVersionId);
  return db.modelCard.findUnique({ where: { modelVersionId } });
}

/** The latest revision of a version's card; null when no card was saved yet (NOT_FOUND for unknown versions). */
export const getModelCard = useCase({
  permission: Permission.READ,
  input: z.object({ modelVersionId: id }),
  async run({ modelVersionId }): Promise<ModelCardView | null> {
    const card = await cardOf(modelVersionId);
    if (!card) return null;
    const revision = await reader().modelCardRevision.findUnique({ where: { cardId_revision: { cardId: card.id, revision: card.latestRevision } } });
    return revision ? toCardView(revision, card) : null;
  },
});

/** One given revision of a version's card. */
export const getModelCardRevision = useCase({
  permission: Permission.READ,
  input: z.object({ modelVersionId: id, revision: z.number() }),
  async run({ modelVersionId, revision: wanted }): Promise<ModelCardView> {
    const card = await cardOf(modelVersionId);
    const revision =
      card && Number.isInteger(wanted)
        ? await reader().modelCardRevision.findUnique({ where: { cardId_revision: { cardId: card.id, revision: wanted } } })
        : null;
    if (!card || !revision) throw notFound(`Revision ${wanted} of the model card of version`, modelVersionId);
    return toCardView(revision, card);
  },
});
