// Which version each alias pointed to at an instant: for every (model, alias name), the last move at or
// before it in AliasHistory; an alias whose last move was its removal points nowhere and is left out.
// One statement reads the (light) history up to the instant; the pointers are picked and paged here.
import { z } from "zod";
import { invalid } from "../shared/errors";
import { pageArgs, paginate } from "../shared/pagination";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { snapshotScope, type SnapshotScope } from "./production-snapshot";

export interface AliasPointer {
  /** The alias history entry that set this pointer. */
  id: string;
  modelId: string;
  name: string;
  versionId: string;
  /** When the alias was moved to this version. */
  since: Date;
  reason: string | null;
  actorId: string | null;
}

/** The models whose aliases are in scope; null means every model of the organisation. */
async function modelsInScope(scope: SnapshotScope): Promise<string[] | null> {
  if (!scope.systemId) return scope.modelId ? [scope.modelId] : null;
  const models = await reader().model.findMany({
    where: { systemId: scope.systemId, ...(scope.modelId ? { id: scope.modelId } : {}) },
    select: { id: true },
  });
  return models.map((m) => m.id);
}

/** The pointers, read inside the caller's organisation scope. */
async function readAliasPointers(scope: SnapshotScope): Promise<AliasPointer[]> {
  const modelIds = await modelsInScope(scope);
  if (modelIds && modelIds.length === 0) return [];
  const moves = await reader().aliasHistory.findMany({
    where: { movedAt: { lte: scope.at }, ...(modelIds ? { modelId: { in: modelIds } } : {}) },
    // Latest first within each alias; two moves at the same instant: the later-created id wins.
    orderBy: [{ modelId: "asc" }, { name: "asc" }, { movedAt: "desc" }, { id: "desc" }],
    select: { id: true, modelId: true, name: true, toVersionId: true, movedAt: true, reason: true, actorId: true },
  });
  const pointers: AliasPointer[] = [];
  let previous: { modelId: string; name: string } | null = null;
  for (const m of moves) {
    if (previous && previous.modelId === m.modelId && previous.name === m.name) continue;
    previous = m;
    if (m.toVersionId)
      pointers.push({ id: m.id, modelId: m.modelId, name: m.name, versionId: m.toVersionId, since: m.movedAt, reason: m.reason, actorId: m.actorId });
  }
  return pointers;
}

/** The alias pointers at `scope.at`, ordered by model id then alias name. */
export const aliasPointersAt = useCase({
  permission: Permission.READ,
  input: z.object({ scope: snapshotScope }),
  async run({ scope }) {
    return readAliasPointers(scope);
  },
});

export const listAliasPointersAt = useCase({
  permission: Permission.READ,
  input: z.object({ scope: snapshotScope, page: pageArgs }),
  async run({ scope, page }) {
    const pointers = await readAliasPointers(scope);
    return paginate(
      page,
      async (q) => {
        let start = 0;
        if (q.cursor) {
          const at = pointers.findIndex((p) => p.id === q.cursor!.id);
          if (at < 0) throw invalid("after", "is not a cursor of this snapshot");
          start = at + (q.skip ?? 0);
        }
        return pointers.slice(start, start + q.take);
      },
      async () => pointers.length,
    );
  },
});
