// Validation of a model version registration: artifact pointer and digest, provenance, parent and
// lineage. All checks that need no database run before the write transaction opens.
import type { LineageRole, ParentRelation } from "@canon/db";
import { invalid } from "../shared/errors";
import type { Actor } from "../shared/actor";
import type { Tx } from "../shared/transaction";
import { jsonObject, oneOf, optionalText, optionalUri, sha256Digest, tags, uri } from "../shared/validate";

export const LINEAGE_ROLES: LineageRole[] = ["TRAINING", "VALIDATION", "TEST", "FINE_TUNING", "CALIBRATION"];
export const PARENT_RELATIONS: ParentRelation[] = ["FINE_TUNED", "ADAPTED", "QUANTISED", "DISTILLED", "RETRAINED"];
const MAX_LINEAGE = 100;

export interface LineageInput {
  datasetVersionId: string;
  role: LineageRole;
}

export interface RegisterModelVersionInput {
  modelId: string;
  artifactUri: string;
  artifactDigest: string;
  /** Bytes; a whole number. */
  artifactSize?: number | null;
  format?: string | null;
  sourceCommit?: string | null;
  runId?: string | null;
  runUrl?: string | null;
  hyperparameters?: Record<string, unknown> | null;
  description?: string | null;
  parentVersionId?: string | null;
  parentRelation?: ParentRelation | null;
  lineage?: LineageInput[] | null;
  tags?: string[] | null;
}

function artifactSize(value: number | null | undefined): bigint | null {
  if (value === undefined || value === null) return null;
  if (!Number.isSafeInteger(value) || value < 0) throw invalid("artifactSize", `must be a whole number of bytes from 0 to ${Number.MAX_SAFE_INTEGER}`);
  return BigInt(value);
}

function lineage(items: LineageInput[] | null | undefined): LineageInput[] {
  if (!items) return [];
  if (items.length > MAX_LINEAGE) throw invalid("lineage", `at most ${MAX_LINEAGE} entries`);
  const seen = new Set<string>();
  return items.map((item, i) => {
    const datasetVersionId = (item.datasetVersionId ?? "").trim();
    if (!datasetVersionId) throw invalid(`lineage.${i}.datasetVersionId`, "is required");
    const role = oneOf(`lineage.${i}.role`, item.role, LINEAGE_ROLES);
    if (!role) throw invalid(`lineage.${i}.role`, "is required");
    const key = `${datasetVersionId}/${role}`;
    if (seen.has(key)) throw invalid(`lineage.${i}`, "lists the same dataset version and role twice");
    seen.add(key);
    return { datasetVersionId, role };
  });
}

export function versionFields(i: RegisterModelVersionInput) {
  const parentVersionId = i.parentVersionId?.trim() || null;
  const parentRelation = oneOf("parentRelation", i.parentRelation, PARENT_RELATIONS) ?? null;
  if (parentVersionId && !parentRelation) throw invalid("parentRelation", "is required when parentVersionId is given");
  if (!parentVersionId && parentRelation) throw invalid("parentVersionId", "is required when parentRelation is given");
  return {
    data: {
      artifactUri: uri("artifactUri", i.artifactUri),
      artifactDigest: sha256Digest("artifactDigest", i.artifactDigest),
      artifactSize: artifactSize(i.artifactSize),
      format: optionalText("format", i.format, 100) ?? null,
      sourceCommit: optionalText("sourceCommit", i.sourceCommit, 200) ?? null,
      runId: optionalText("runId", i.runId, 200) ?? null,
      runUrl: optionalUri("runUrl", i.runUrl) ?? null,
      hyperparameters: (jsonObject("hyperparameters", i.hyperparameters) ?? {}) as object,
      description: optionalText("description", i.description) ?? null,
      parentVersionId,
      parentRelation,
    },
    lineage: lineage(i.lineage),
    tags: tags("tags", i.tags) ?? [],
  };
}

/** The parent version and the lineage's dataset versions must exist in the caller's organisation. */
export async function assertVersionReferences(tx: Tx, actor: Actor, refs: { parentVersionId: string | null; lineage: LineageInput[] }) {
  const organizationId = actor.organizationId;
  if (refs.parentVersionId) {
    const parent = await tx.modelVersion.findFirst({ where: { id: refs.parentVersionId, organizationId }, select: { id: true } });
    if (!parent) throw invalid("parentVersionId", `model version ${refs.parentVersionId} was not found in this organisation`);
  }
  if (refs.lineage.length) {
    const ids = [...new Set(refs.lineage.map((l) => l.datasetVersionId))];
    const found = await tx.datasetVersion.findMany({ where: { id: { in: ids }, organizationId }, select: { id: true } });
    const known = new Set(found.map((f) => f.id));
    const missing = refs.lineage.findIndex((l) => !known.has(l.datasetVersionId));
    if (missing >= 0) {
      throw invalid(`lineage.${missing}.datasetVersionId`, `dataset version ${refs.lineage[missing]!.datasetVersionId} was not found in this organisation`);
    }
  }
}
