import type { Stage } from "@canon/db";
import type { Actor } from "../shared/actor";
import { paginate, type PageArgs } from "../shared/pagination";
import { authorize, Permission } from "../shared/permissions";
import { inOrg } from "../shared/scope";
import { reader } from "../shared/transaction";

export interface ReleaseFilter {
  systemId?: string | null;
  stage?: Stage | null;
}

/** Releases of the caller's organisation, newest first. */
export async function listReleases(opts: { actor: Actor; filter?: ReleaseFilter | null; page: PageArgs }) {
  authorize(opts.actor, Permission.READ);
  const f = opts.filter ?? {};
  const where = inOrg(opts.actor, {
    ...(f.systemId ? { systemId: f.systemId } : {}),
    ...(f.stage ? { stage: f.stage } : {}),
  });
  const db = reader();
  return paginate(
    opts.page,
    (q) => db.release.findMany({ where, orderBy: [{ createdAt: "desc" }, { number: "desc" }, { id: "desc" }], ...q }),
    () => db.release.count({ where }),
  );
}
