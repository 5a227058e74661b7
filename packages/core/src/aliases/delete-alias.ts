// Removes an alias. The history keeps a row for the removal (toVersionId null), so "what did it point
// to on date D" can still be answered afterwards. A protected alias is never removed (see set-alias.ts).
import type { Actor } from "../shared/actor";
import { notFound } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { writeTransaction } from "../shared/transaction";
import { identifier, optionalText } from "../shared/validate";
import { changeAlias } from "./move-alias";
import { protectedAliasRefusal } from "./set-alias";

export async function deleteAlias(opts: { actor: Actor; modelId: string; name: string; reason?: string | null }) {
  authorize(opts.actor, Permission.WRITE);
  const name = identifier("name", opts.name);
  const reason = optionalText("reason", opts.reason, 2_000) ?? null;
  return writeTransaction(async (tx) => {
    const organizationId = opts.actor.organizationId;
    const model = await findInOrg(opts.actor, "Model", opts.modelId, (where) => tx.model.findFirst({ where, select: { id: true } }));
    const before = await tx.alias.findFirst({ where: { modelId: model.id, name, organizationId } });
    if (!before) throw notFound(`Alias "${name}" of model`, model.id);
    if (before.protected) throw protectedAliasRefusal(name, "is protected and cannot be deleted");
    await changeAlias(tx, opts.actor, { modelId: model.id, name, current: before, toVersionId: null, reason });
    return before;
  });
}
