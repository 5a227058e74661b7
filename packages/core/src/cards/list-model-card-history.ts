import { z } from "zod";
import { notFound } from "../shared/errors";
import { id } from "../shared/input";
import { pageArgs, paginate, type Page } from "../shared/pagination";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { toCardView, type ModelCardView } from "./card-view";

/** Every revision of a version's card, newest first (empty when no card was saved yet). */
export const listModelCardHistory = useCase({
  permission: Permission.READ,
  input: z.object({ modelVersionId: id, page: pageArgs }),
  async run({ modelVersionId, page: pageArgsGiven }): Promise<Page<ModelCardView>> {
    const db = reader();
    const version = await db.modelVersion.findUnique({ where: { id: modelVersionId }, select: { id: true } });
    if (!version) throw notFound("Model version", modelVersionId);
    const card = await db.modelCard.findUnique({ where: { modelVersionId } });
    const header = card ?? { modelVersionId, latestRevision: 0 };
    const where = { cardId: card?.id ?? "" };
    const page = await paginate(
      pageArgsGiven,
      (q) => (card ? db.modelCardRevision.findMany({ where, orderBy: [{ revision: "desc" }, { id: "desc" }], ...q }) : Promise.resolve([])),
      () => (card ? db.modelCardRevision.count({ where }) : Promise.resolve(0)),
    );
    return { ...page, nodes: page.nodes.map((r) => toCardView(r, header)), cursorOf: (n) => page.cursorOf(n) };
  },
});
