import { Stage } from "@canon/db";
import { z } from "zod";
import { optionalEnum, optionalId, optionalText, tags } from "../shared/input";
import { pageArgs, paginate } from "../shared/pagination";
import { Permission } from "../shared/permissions";
import { containsText, orderByWithId, sortDirection } from "../shared/search";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";

/** One tag, checked like the tags of a version. */
const oneTag = z.string().transform((tag, ctx) => {
  const parsed = tags.safeParse([tag]);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message });
    return z.NEVER;
  }
  return parsed.data[0]!;
});

export const modelVersionFilter = z.object({
  modelId: optionalId,
  stage: optionalEnum(Stage),
  /** Versions carrying this tag (blank: any). */
  tag: z
    .string()
    .nullish()
    .transform((v) => v?.trim() || undefined)
    .pipe(oneTag.optional()),
  /** Text in the description, format, source commit, run id or artifact URI. */
  search: optionalText(200),
});
export type ModelVersionFilter = z.input<typeof modelVersionFilter>;

export const MODEL_VERSION_SORT_FIELDS = ["number", "createdAt"] as const;
export type ModelVersionSortField = (typeof MODEL_VERSION_SORT_FIELDS)[number];

type Filter = z.output<typeof modelVersionFilter>;
type Order = { field: ModelVersionSortField; direction: z.output<typeof sortDirection> };

function pageOfVersions(f: Partial<Filter>, orderBy: Order | null | undefined, page: z.output<typeof pageArgs>) {
  const where = {
    ...(f.modelId ? { modelId: f.modelId } : {}),
    ...(f.stage ? { stage: f.stage } : {}),
    ...(f.tag ? { tags: { some: { tag: f.tag } } } : {}),
    ...(f.search
      ? {
          OR: [
            { description: containsText(f.search) },
            { format: containsText(f.search) },
            { sourceCommit: containsText(f.search) },
            { runId: containsText(f.search) },
            { artifactUri: containsText(f.search) },
          ],
        }
      : {}),
  };
  const order = orderByWithId(orderBy?.field ?? "createdAt", orderBy?.direction ?? "DESC");
  const db = reader();
  return paginate(
    page,
    (q) => db.modelVersion.findMany({ where, orderBy: order, ...q }),
    () => db.modelVersion.count({ where }),
  );
}

export const listModelVersions = useCase({
  permission: Permission.READ,
  input: z.object({
    filter: modelVersionFilter.nullish(),
    orderBy: z.object({ field: z.enum(MODEL_VERSION_SORT_FIELDS), direction: sortDirection }).nullish(),
    page: pageArgs,
  }),
  async run({ filter, orderBy, page }) {
    return pageOfVersions(filter ?? {}, orderBy, page);
  },
});

/** Every version in the organisation carrying a tag, newest first. */
export const findModelVersionsByTag = useCase({
  permission: Permission.READ,
  input: z.object({ tag: oneTag, page: pageArgs }),
  async run({ tag, page }) {
    return pageOfVersions({ tag }, null, page);
  },
});
