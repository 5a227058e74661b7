import type { Stage } from "@canon/db";
import type { Actor } from "../shared/actor";
import { invalid } from "../shared/errors";
import { paginate, type PageArgs } from "../shared/pagination";
import { authorize, Permission } from "../shared/permissions";
import { inOrg } from "../shared/scope";
import { containsText, orderByWithId, type SortDirection } from "../shared/search";
import { reader } from "../shared/transaction";
import { tags as validTags } from "../shared/validate";

export interface ModelVersionFilter {
  modelId?: string | null;
  stage?: Stage | null;
  /** Versions carrying this tag. */
  tag?: string | null;
  /** Text in the description, format, source commit, run id or artifact URI. */
  search?: string | null;
}

export type ModelVersionSortField = "number" | "createdAt";

export async function listModelVersions(opts: {
  actor: Actor;
  filter?: ModelVersionFilter | null;
  orderBy?: { field: ModelVersionSortField; direction: SortDirection } | null;
  page: PageArgs;
}) {
  authorize(opts.actor, Permission.READ);
  const f = opts.filter ?? {};
  const tag = f.tag ? validTags("filter.tag", [f.tag])![0] : undefined;
  const search = f.search?.trim();
  const where = inOrg(opts.actor, {
    ...(f.modelId ? { modelId: f.modelId } : {}),
    ...(f.stage ? { stage: f.stage } : {}),
    ...(tag ? { tags: { some: { tag } } } : {}),
    ...(search
      ? { OR: [{ description: containsText(search) }, { format: containsText(search) }, { sourceCommit: containsText(search) }, { runId: containsText(search) }, { artifactUri: containsText(search) }] }
      : {}),
  });
  const orderBy = orderByWithId(opts.orderBy?.field ?? "createdAt", opts.orderBy?.direction ?? "DESC");
  const db = reader();
  return paginate(
    opts.page,
    (q) => db.modelVersion.findMany({ where, orderBy, ...q }),
    () => db.modelVersion.count({ where }),
  );
}

/** Every version in the organisation carrying a tag, newest first. */
export async function findModelVersionsByTag(opts: { actor: Actor; tag: string; page: PageArgs }) {
  authorize(opts.actor, Permission.READ);
  const tag = validTags("tag", [opts.tag ?? ""])![0];
  if (!tag) throw invalid("tag", "is required");
  return listModelVersions({ actor: opts.actor, filter: { tag }, page: opts.page });
}
