import type { Actor } from "../shared/actor";
import { notFound } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { reader } from "../shared/transaction";
import { toCardView, type ModelCardView } from "./card-view";

async function cardOf(actor: Actor, modelVersionId: string) {
  const db = reader();
  await findInOrg(actor, "Model version", modelVersionId, (where) => db.modelVersion.findFirst({ where, select: { id: true } }));
  return db.modelCard.findFirst({ where: { modelVersionId, organizationId: actor.organizationId } });
}

/** The latest revision of a version's card; null when no card was saved yet (NOT_FOUND for unknown versions). */
export async function getModelCard(opts: { actor: Actor; modelVersionId: string }): Promise<ModelCardView | null> {
  authorize(opts.actor, Permission.READ);
  const card = await cardOf(opts.actor, opts.modelVersionId);
  if (!card) return null;
  const revision = await reader().modelCardRevision.findUnique({ where: { cardId_revision: { cardId: card.id, revision: card.latestRevision } } });
  return revision ? toCardView(revision, card) : null;
}

/** One given revision of a version's card. */
export async function getModelCardRevision(opts: { actor: Actor; modelVersionId: string; revision: number }): Promise<ModelCardView> {
  authorize(opts.actor, Permission.READ);
  const card = await cardOf(opts.actor, opts.modelVersionId);
  const revision = card && Number.isInteger(opts.revision)
    ? await reader().modelCardRevision.findUnique({ where: { cardId_revision: { cardId: card.id, revision: opts.revision } } })
    : null;
  if (!card || !revision) throw notFound(`Revision ${opts.revision} of the model card of version`, opts.modelVersionId);
  return toCardView(revision, card);
}
