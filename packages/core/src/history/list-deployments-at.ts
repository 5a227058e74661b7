// The deployments running at an instant: started at or before it and not ended by then (an end at
// exactly that instant means it no longer ran), most recently started first.
import type { Prisma } from "@canon/db";
import type { Actor } from "../shared/actor";
import { paginate, type PageArgs } from "../shared/pagination";
import { authorize, Permission } from "../shared/permissions";
import { inOrg } from "../shared/scope";
import { reader } from "../shared/transaction";
import type { SnapshotScope } from "./production-snapshot";

export async function listDeploymentsAt(opts: { actor: Actor; scope: SnapshotScope; page: PageArgs }) {
  authorize(opts.actor, Permission.READ);
  const { at, modelId, systemId, environment } = opts.scope;
  const filters: Prisma.DeploymentWhereInput[] = [];
  if (modelId) {
    // The model's own versions, or a release (a production stack) that includes one of them.
    filters.push({ OR: [{ modelVersion: { modelId } }, { release: { components: { some: { modelVersion: { modelId } } } } }] });
  }
  if (systemId) filters.push({ OR: [{ release: { systemId } }, { modelVersion: { model: { systemId } } }] });
  const where = inOrg(opts.actor, {
    startedAt: { lte: at },
    OR: [{ endedAt: null }, { endedAt: { gt: at } }],
    ...(environment ? { environment } : {}),
    ...(filters.length ? { AND: filters } : {}),
  } satisfies Prisma.DeploymentWhereInput);
  const db = reader();
  return paginate(
    opts.page,
    (q) => db.deployment.findMany({ where, orderBy: [{ startedAt: "desc" }, { id: "desc" }], ...q }),
    () => db.deployment.count({ where }),
  );
}
