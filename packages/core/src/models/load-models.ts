// Batch loads for the API's DataLoaders: one query for all keys, results in key order, scoped to the
// caller's organisation (another tenant's id loads as null).
import type { Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";

export async function loadModels(opts: { actor: Actor; ids: readonly string[] }) {
  authorize(opts.actor, Permission.READ);
  const rows = await reader().model.findMany({ where: { id: { in: [...new Set(opts.ids)] }, organizationId: opts.actor.organizationId } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return opts.ids.map((id) => byId.get(id) ?? null);
}

/** Tags of each model, sorted. */
export async function loadModelTags(opts: { actor: Actor; ids: readonly string[] }) {
  authorize(opts.actor, Permission.READ);
  const rows = await reader().modelTag.findMany({
    where: { modelId: { in: [...new Set(opts.ids)] }, model: { organizationId: opts.actor.organizationId } },
    orderBy: { tag: "asc" },
  });
  const byModel = new Map<string, string[]>();
  for (const r of rows) byModel.set(r.modelId, [...(byModel.get(r.modelId) ?? []), r.tag]);
  return opts.ids.map((id) => byModel.get(id) ?? []);
}

/** The AI systems that models belong to, by system id. */
export async function loadModelSystems(opts: { actor: Actor; ids: readonly string[] }) {
  authorize(opts.actor, Permission.READ);
  const rows = await reader().aISystem.findMany({ where: { id: { in: [...new Set(opts.ids)] }, organizationId: opts.actor.organizationId } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return opts.ids.map((id) => byId.get(id) ?? null);
}
