import type { Actor } from "../shared/actor";
import { paginate, type Page, type PageArgs } from "../shared/pagination";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { reader } from "../shared/transaction";
import { toCardView, type ModelCardView } from "./card-view";

/** Every revision of a version's card, newest first (empty when no card was saved yet). */
export async function listModelCardHistory(opts: { actor: Actor; modelVersionId: string; page: PageArgs }): Promise<Page<ModelCardView>> {
  authorize(opts.actor, Permission.READ);
  const db = reader();
  await findInOrg(opts.actor, "Model version", opts.modelVersionId, (where) => db.modelVersion.findFirst({ where, select: { id: true } }));
  const card = await db.modelCard.findFirst({ where: { modelVersionId: opts.modelVersionId, organizationId: opts.actor.organizationId } });
  const header = card ?? { modelVersionId: opts.modelVersionId, latestRevision: 0 };
  const where = { organizationId: opts.actor.organizationId, cardId: card?.id ?? "" };
  const page = await paginate(
    opts.page,
    (q) => (card ? db.modelCardRevision.findMany({ where, orderBy: [{ revision: "desc" }, { id: "desc" }], ...q }) : Promise.resolve([])),
    () => (card ? db.modelCardRevision.count({ where }) : Promise.resolve(0)),
  );
  return { ...page, nodes: page.nodes.map((r) => toCardView(r, header)), cursorOf: (n) => page.cursorOf(n) };
}
