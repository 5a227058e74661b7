// The fields of a model version registration as a zod schema: artifact pointer and digest, provenance,
// parent and lineage; plus the rules that need the whole input (a parent names its relation) or the
// database (the parent and the lineage's dataset versions exist in the organisation).
import { LineageRole, ParentRelation } from "@canon/db";
import { z } from "zod";
import { invalid } from "../shared/errors";
import { artifactUri, httpUrl, id, jsonObject, optional, optionalEnum, optionalText, sha256Digest, tags } from "../shared/input";
import type { Tx } from "../shared/transaction";

export const LINEAGE_ROLES = Object.values(LineageRole);
export const PARENT_RELATIONS = Object.values(ParentRelation);
const MAX_LINEAGE = 100;

export const lineageInput = z.object({
  datasetVersionId: id,
  role: z.enum(LineageRole),
});
export type LineageInput = z.input<typeof lineageInput>;

const lineageList = z
  .array(lineageInput)
  .max(MAX_LINEAGE, `at most ${MAX_LINEAGE} entries`)
  .superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const key = `${item.datasetVersionId}/${item.role}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", message: "lists the same dataset version and role twice", path: [i] });
      seen.add(key);
    });
  });

/** Bytes: a whole number, stored as a bigint. */
const artifactSize = z
  .number()
  .refine((v) => Number.isSafeInteger(v) && v >= 0, `must be a whole number of bytes from 0 to ${Number.MAX_SAFE_INTEGER}`)
  .transform((v) => BigInt(v));

export const registerModelVersionInput = z.object({
  modelId: id,
  /** Where the artifact lives (object store, registry, http(s)). */
  artifactUri,
  /** sha256 of the artifact; stored without a "sha256:" prefix. */
  artifactDigest: sha256Digest,
  artifactSize: artifactSize.nullish(),
  format: optionalText(100),
  sourceCommit: optionalText(200),
  runId: optionalText(200),
  /** A web link to the training run. */
  runUrl: optional(httpUrl),
  hyperparameters: jsonObject().nullish(),
  description: optionalText(),
  parentVersionId: optionalText(100),
  parentRelation: optionalEnum(ParentRelation),
  lineage: lineageList.nullish(),
  tags: tags.nullish(),
});
export type RegisterModelVersionInput = z.input<typeof registerModelVersionInput>;

/** Column values of a new version, its lineage and tags; a parent and its relation come together. */
export function versionData(i: z.output<typeof registerModelVersionInput>) {
  const parentVersionId = i.parentVersionId ?? null;
  const parentRelation = i.parentRelation ?? null;
  if (parentVersionId && !parentRelation) throw invalid("parentRelation", "is required when parentVersionId is given");
  if (!parentVersionId && parentRelation) throw invalid("parentVersionId", "is required when parentRelation is given");
  return {
    data: {
      artifactUri: i.artifactUri,
      artifactDigest: i.artifactDigest,
      artifactSize: i.artifactSize ?? null,
      format: i.format ?? null,
      sourceCommit: i.sourceCommit ?? null,
      runId: i.runId ?? null,
      runUrl: i.runUrl ?? null,
      hyperparameters: (i.hyperparameters ?? {}) as object,
      description: i.description ?? null,
      parentVersionId,
      parentRelation,
    },
    lineage: (i.lineage ?? []).map((l) => ({ datasetVersionId: l.datasetVersionId, role: l.role })),
    tags: i.tags ?? [],
  };
}

/** The parent version and the lineage's dataset versions must exist in the organisation (the open scope). */
export async function assertVersionReferences(tx: Tx, refs: { parentVersionId: string | null; lineage: { datasetVersionId: string }[] }) {
  if (refs.parentVersionId) {
    const parent = await tx.modelVersion.findUnique({ where: { id: refs.parentVersionId }, select: { id: true } });
    if (!parent) throw invalid("parentVersionId", `model version ${refs.parentVersionId} was not found in this organisation`);
  }
  if (refs.lineage.length) {
    const ids = [...new Set(refs.lineage.map((l) => l.datasetVersionId))];
    const found = await tx.datasetVersion.findMany({ where: { id: { in: ids } }, select: { id: true } });
    const known = new Set(found.map((f) => f.id));
    const missing = refs.lineage.findIndex((l) => !known.has(l.datasetVersionId));
    if (missing >= 0) {
      throw invalid(`lineage.${missing}.datasetVersionId`, `dataset version ${refs.lineage[missing]!.datasetVersionId} was not found in this organisation`);
    }
  }
}
