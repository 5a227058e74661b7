// Batch read for DataLoaders: the latest card revision of many model versions in two statements,
// in the order of the given ids (null where a version has no card, or is not the caller's).
import type { Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { inOrg } from "../shared/scope";
import { reader } from "../shared/transaction";
import { toCardView, type ModelCardView } from "./card-view";

export async function loadVersionCards(opts: { actor: Actor; ids: readonly string[] }): Promise<(ModelCardView | null)[]> {
  authorize(opts.actor, Permission.READ);
  const db = reader();
  const cards = await db.modelCard.findMany({ where: inOrg(opts.actor, { modelVersionId: { in: [...new Set(opts.ids)] }, latestRevision: { gt: 0 } }) });
  if (cards.length === 0) return opts.ids.map(() => null);
  const revisions = await db.modelCardRevision.findMany({
    where: inOrg(opts.actor, { OR: cards.map((c) => ({ cardId: c.id, revision: c.latestRevision })) }),
  });
  const byCard = new Map(revisions.map((r) => [r.cardId, r]));
  const byVersion = new Map(cards.flatMap((c) => {
    const r = byCard.get(c.id);
    return r ? [[c.modelVersionId, toCardView(r, c)] as const] : [];
  }));
  return opts.ids.map((id) => byVersion.get(id) ?? null);
}
