// Batch read for DataLoaders: the latest card revision of many model versions in two statements,
// in the order of the given ids (null where a version has no card, or is not the caller's).
import { z } from "zod";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { toCardView, type ModelCardView } from "./card-view";

export const loadVersionCards = useCase({
  permission: Permission.READ,
  /** The keys of one DataLoader batch (the API's loaders hold at most 1000). */
  input: z.object({ ids: z.array(z.string()).max(1_000) }),
  async run({ ids }): Promise<(ModelCardView | null)[]> {
    const db = reader();
    const cards = await db.modelCard.findMany({ where: { modelVersionId: { in: [...new Set(ids)] }, latestRevision: { gt: 0 } } });
    if (cards.length === 0) return ids.map(() => null);
    const revisions = await db.modelCardRevision.findMany({
      where: { OR: cards.map((c) => ({ cardId: c.id, revision: c.latestRevision })) },
    });
    const byCard = new Map(revisions.map((r) => [r.cardId, r]));
    const byVersion = new Map(
      cards.flatMap((c) => {
        const r = byCard.get(c.id);
        return r ? [[c.modelVersionId, toCardView(r, c)] as const] : [];
      }),
    );
    return ids.map((id) => byVersion.get(id) ?? null);
  },
});
