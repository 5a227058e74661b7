// What a pipeline calls to fetch, say, the production version: model (by id or name) + alias name.
import type { Actor } from "../shared/actor";
import { invalid, notFound } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { identifier } from "../shared/validate";

export async function resolveAlias(opts: { actor: Actor; modelId?: string | null; modelName?: string | null; alias: string }) {
  authorize(opts.actor, Permission.READ);
  const modelId = opts.modelId?.trim() || null;
  const modelName = opts.modelName?.trim() || null;
  if (!modelId === !modelName) throw invalid(modelId ? "modelName" : "modelId", "give exactly one of modelId and modelName");
  const name = identifier("alias", opts.alias);
  const organizationId = opts.actor.organizationId;
  const db = reader();
  const alias = await db.alias.findFirst({
    where: { organizationId, name, model: modelId ? { id: modelId, organizationId } : { name: modelName!, organizationId } },
    include: { version: true },
  });
  if (!alias || alias.version.organizationId !== organizationId) {
    throw notFound(`Alias "${name}" of model ${modelId ?? `"${modelName}"`}`);
  }
  return alias.version;
}
