// The thing a request is about — a model version or a release — loaded with what the policy looks at:
// its AI system (risk tier, classification) and the model versions whose evidence counts.
import type { ApprovalSubjectType, RiskTier, Stage } from "@canon/db";
import { database } from "../shared/database";
import { notFound } from "../shared/errors";
import { scopedOrganizationId } from "../shared/tenancy";
import type { Tx } from "../shared/transaction";
import { sqlId, T } from "../sql/names";

export interface SubjectSystem {
  id: string;
  reference: string;
  riskTier: RiskTier;
  classifiedAt: Date | null;
}

export interface SubjectVersion {
  id: string;
  modelId: string;
  modelName: string;
  number: number;
  stage: Stage;
  approvedAt: Date | null;
}

export interface ApprovalSubject {
  type: ApprovalSubjectType;
  id: string;
  /** e.g. `model version ranker v3` or `release 2 of credit-scoring`. */
  label: string;
  stage: Stage;
  approvedAt: Date | null;
  createdById: string | null;
  /** The model (for versions) or system (for releases) whose other subjects archivePrevious retires. */
  scopeId: string;
  system: SubjectSystem | null;
  /** Risk tier of the system; UNCLASSIFIED when there is none. */
  riskTier: RiskTier;
  /** The version itself, or every registry component of the release. */
  versions: SubjectVersion[];
}

const SYSTEM_SELECT = { id: true, reference: true, riskTier: true, classifiedAt: true } as const;
const VERSION_SELECT = {
  id: true,
  modelId: true,
  number: true,
  stage: true,
  approvedAt: true,
  createdById: true,
  model: { select: { name: true, systemId: true } },
} as const;

type VersionRow = { id: string; modelId: string; number: number; stage: Stage; approvedAt: Date | null; model: { name: string } };
const subjectVersion = (v: VersionRow): SubjectVersion => ({
  id: v.id,
  modelId: v.modelId,
  modelName: v.model.name,
  number: v.number,
  stage: v.stage,
  approvedAt: v.approvedAt,
});
export const versionLabel = (v: { modelName: string; number: number }) => `${v.modelName} v${v.number}`;

/** Loads the subject in the open scope (another organisation's id is NOT_FOUND). */
export async function loadSubject(tx: Tx, ref: { modelVersionId?: string | null; releaseId?: string | null }): Promise<ApprovalSubject> {
  if (ref.modelVersionId) {
    const v = await tx.modelVersion.findUnique({ where: { id: ref.modelVersionId }, select: VERSION_SELECT });
    if (!v) throw notFound("Model version", ref.modelVersionId);
    const system = v.model.systemId ? await tx.aISystem.findUnique({ where: { id: v.model.systemId }, select: SYSTEM_SELECT }) : null;
    const sv = subjectVersion(v);
    return {
      type: "MODEL_VERSION",
      id: v.id,
      label: `model version ${versionLabel(sv)}`,
      stage: v.stage,
      approvedAt: v.approvedAt,
      createdById: v.createdById,
      scopeId: v.modelId,
      system,
      riskTier: system?.riskTier ?? "UNCLASSIFIED",
      versions: [sv],
    };
  }
  const id = ref.releaseId ?? "";
  const r = await tx.release.findUnique({
    where: { id },
    include: { system: { select: SYSTEM_SELECT }, components: { select: { modelVersionId: true }, orderBy: { position: "asc" } } },
  });
  if (!r) throw notFound("Release", id);
  const ids = [...new Set(r.components.flatMap((c) => (c.modelVersionId ? [c.modelVersionId] : [])))];
  const rows = ids.length ? await tx.modelVersion.findMany({ where: { id: { in: ids } }, select: VERSION_SELECT }) : [];
  const byId = new Map(rows.map((v) => [v.id, subjectVersion(v)]));
  return {
    type: "RELEASE",
    id: r.id,
    label: `release ${r.number}${r.name ? ` "${r.name}"` : ""} of ${r.system.reference}`,
    stage: r.stage,
    approvedAt: r.approvedAt,
    createdById: r.createdById,
    scopeId: r.systemId,
    system: r.system,
    riskTier: r.system.riskTier,
    versions: ids.flatMap((vid) => (byId.has(vid) ? [byId.get(vid)!] : [])),
  };
}

/**
 * Serialises the transitions of one scope — a model's versions and aliases, or a system's releases — on
 * PostgreSQL with a row lock on the model (or system), so that the checks read after it (stage order,
 * alias targets, previous production) still hold when the transition is written. SQLite runs one write
 * transaction at a time, and each transaction here writes first, so it needs nothing more.
 */
export async function lockSubjectScope(tx: Tx, ref: { modelVersionId?: string | null; releaseId?: string | null }): Promise<void> {
  if (database().provider !== "postgresql") return;
  if (ref.modelVersionId) {
    const v = await tx.modelVersion.findUnique({ where: { id: ref.modelVersionId }, select: { modelId: true } });
    if (v) await lockRow(tx, T.Model, v.modelId);
  } else if (ref.releaseId) {
    const r = await tx.release.findUnique({ where: { id: ref.releaseId }, select: { systemId: true } });
    if (r) await lockRow(tx, T.AISystem, r.systemId);
  }
}

/** `SELECT … FOR UPDATE` of one row of the scope's organisation (raw SQL names the organisation itself). */
async function lockRow(tx: Tx, table: typeof T.Model | typeof T.AISystem, id: string): Promise<void> {
  await tx.$queryRaw`SELECT ${sqlId(table.c.id)} FROM ${sqlId(table.name)}
    WHERE ${sqlId(table.c.id)} = ${id} AND ${sqlId(table.c.organizationId)} = ${scopedOrganizationId()} FOR UPDATE`;
}
