// The deployments running at an instant: started at or before it and not ended by then (an end at
// exactly that instant means it no longer ran), most recently started first.
import type { Prisma } from "@canon/db";
import { z } from "zod";
import { pageArgs, paginate } from "../shared/pagination";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { snapshotScope } from "./production-snapshot";

export const listDeploymentsAt = useCase({
  permission: Permission.READ,
  input: z.object({ scope: snapshotScope, page: pageArgs }),
  async run({ scope: { at, modelId, systemId, environment }, page }) {
    const filters: Prisma.DeploymentWhereInput[] = [];
    if (modelId) {
      // The model's own versions, or a release (a production stack) that includes one of them.
      filters.push({ OR: [{ modelVersion: { modelId } }, { release: { components: { some: { modelVersion: { modelId } } } } }] });
    }
    if (systemId) filters.push({ OR: [{ release: { systemId } }, { modelVersion: { model: { systemId } } }] });
    const where = {
      startedAt: { lte: at },
      OR: [{ endedAt: null }, { endedAt: { gt: at } }],
      ...(environment ? { environment } : {}),
      ...(filters.length ? { AND: filters } : {}),
    } satisfies Prisma.DeploymentWhereInput;
    const db = reader();
    return paginate(
      page,
      (q) => db.deployment.findMany({ where, orderBy: [{ startedAt: "desc" }, { id: "desc" }], ...q }),
      () => db.deployment.count({ where }),
    );
  },
});
