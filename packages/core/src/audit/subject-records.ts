// The whole record of each kind of audited subject, as the audit trail stores it in before/after: the
// row with the rows it owns (tags, lineage, metrics, components, the card's latest revision), secrets
// left out. appendAuditEvent loads the record itself after every change, so no use case can write a
// patch; the as-of readers return these records; reconciliation compares them with the live tables.
//
// `bookkeeping` lists the fields that change without an audited change of the subject (cached counters
// and pointers, token last use, and the updatedAt those writes touch): the trail does not follow them,
// and comparisons ignore them.
import { scopedOrganizationId } from "../shared/tenancy";
import type { Tx } from "../shared/transaction";

type Row = Record<string, unknown>;
type Db = Pick<
  Tx,
  | "organization"
  | "membership"
  | "apiToken"
  | "aISystem"
  | "model"
  | "modelVersion"
  | "alias"
  | "dataset"
  | "datasetVersion"
  | "evaluation"
  | "modelCard"
  | "modelCardRevision"
  | "release"
  | "deployment"
  | "deploymentGate"
  | "approvalPolicy"
  | "approvalRequest"
  | "approvalDecision"
  | "webhook"
  | "job"
  | "controlAssessment"
  | "evidence"
  | "risk"
  | "incident"
  | "impactAssessment"
  | "classificationConfirmation"
  | "reportRun"
>;

export interface SubjectSpec {
  /** The records of these subjects (those that exist), in any order; each has its `id`. */
  find(db: Db, ids: string[]): Promise<Row[]>;
  /** The ids of every subject of this type in the organisation of the open scope (for reconciliation). */
  ids(db: Db): Promise<string[]>;
  bookkeeping: readonly string[];
}

const without = (row: Row, ...keys: string[]): Row => {
  const out: Row = { ...row };
  for (const k of keys) delete out[k];
  return out;
};
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sortedTags = (rows: { tag: string }[]) => rows.map((t) => t.tag).sort(byText);
const idsOf = async (rows: Promise<{ id: string }[]>) => (await rows).map((r) => r.id);
/** Every row's id (the scope limits them to the organisation). */
const allIds = { select: { id: true } } as const;
const idIn = (ids: string[]) => ({ id: { in: ids } });

export const SUBJECTS = {
  Organization: {
    find: (db, ids) => db.organization.findMany({ where: idIn(ids) }),
    ids: async () => [scopedOrganizationId()],
    bookkeeping: [],
  },
  Membership: {
    find: (db, ids) => db.membership.findMany({ where: idIn(ids), include: { user: { select: { email: true, name: true } } } }),
    ids: (db) => idsOf(db.membership.findMany(allIds)),
    bookkeeping: [],
  },
  ApiToken: {
    find: async (db, ids) => (await db.apiToken.findMany({ where: idIn(ids) })).map((t) => without(t, "tokenHash")),
    ids: (db) => idsOf(db.apiToken.findMany(allIds)),
    bookkeeping: ["lastUsedAt"],
  },
  AISystem: {
    find: (db, ids) => db.aISystem.findMany({ where: idIn(ids) }),
    ids: (db) => idsOf(db.aISystem.findMany(allIds)),
    bookkeeping: ["latestReleaseNumber", "updatedAt"],
  },
  Model: {
    find: async (db, ids) =>
      (await db.model.findMany({ where: idIn(ids), include: { tags: { select: { tag: true } } } })).map((m) => ({ ...m, tags: sortedTags(m.tags) })),
    ids: (db) => idsOf(db.model.findMany(allIds)),
    bookkeeping: ["latestVersionNumber", "latestVersionId", "updatedAt"],
  },
  ModelVersion: {
    async find(db, ids) {
      const rows = await db.modelVersion.findMany({
        where: idIn(ids),
        include: { tags: { select: { tag: true } }, lineage: { select: { datasetVersionId: true, role: true } } },
      });
      return rows.map((v) => ({
        ...v,
        tags: sortedTags(v.tags),
        lineage: [...v.lineage].sort((a, b) => byText(`${a.datasetVersionId}/${a.role}`, `${b.datasetVersionId}/${b.role}`)),
      }));
    },
    ids: (db) => idsOf(db.modelVersion.findMany(allIds)),
    bookkeeping: [],
  },
  Alias: {
    find: (db, ids) => db.alias.findMany({ where: idIn(ids) }),
    ids: (db) => idsOf(db.alias.findMany(allIds)),
    bookkeeping: [],
  },
  Dataset: {
    find: (db, ids) => db.dataset.findMany({ where: idIn(ids) }),
    ids: (db) => idsOf(db.dataset.findMany(allIds)),
    bookkeeping: ["latestVersionNumber", "updatedAt"],
  },
  DatasetVersion: {
    find: (db, ids) => db.datasetVersion.findMany({ where: idIn(ids) }),
    ids: (db) => idsOf(db.datasetVersion.findMany(allIds)),
    bookkeeping: [],
  },
  Evaluation: {
    find: (db, ids) => db.evaluation.findMany({ where: idIn(ids), include: { metrics: { orderBy: [{ name: "asc" }, { slice: "asc" }, { id: "asc" }] } } }),
    ids: (db) => idsOf(db.evaluation.findMany(allIds)),
    bookkeeping: [],
  },
  ModelCard: {
    async find(db, ids) {
      const cards = await db.modelCard.findMany({ where: idIn(ids) });
      const withRevision = cards.filter((c) => c.latestRevision > 0);
      const revisions = withRevision.length
        ? await db.modelCardRevision.findMany({ where: { OR: withRevision.map((c) => ({ cardId: c.id, revision: c.latestRevision })) } })
        : [];
      const byCard = new Map(revisions.map((r) => [r.cardId, r]));
      return cards.map((c) => ({ ...c, revision: byCard.get(c.id) ?? null }));
    },
    ids: (db) => idsOf(db.modelCard.findMany(allIds)),
    bookkeeping: [],
  },
  Release: {
    find: (db, ids) => db.release.findMany({ where: idIn(ids), include: { components: { orderBy: { position: "asc" } } } }),
    ids: (db) => idsOf(db.release.findMany(allIds)),
    bookkeeping: [],
  },
  Deployment: {
    find: (db, ids) => db.deployment.findMany({ where: idIn(ids) }),
    ids: (db) => idsOf(db.deployment.findMany(allIds)),
    bookkeeping: [],
  },
  DeploymentGate: {
    find: (db, ids) => db.deploymentGate.findMany({ where: idIn(ids) }),
    ids: (db) => idsOf(db.deploymentGate.findMany(allIds)),
    bookkeeping: [],
  },
  ApprovalPolicy: {
    find: (db, ids) => db.approvalPolicy.findMany({ where: idIn(ids) }),
    ids: (db) => idsOf(db.approvalPolicy.findMany(allIds)),
    bookkeeping: [],
  },
  ApprovalRequest: {
    find: (db, ids) => db.approvalRequest.findMany({ where: idIn(ids) }),
    ids: (db) => idsOf(db.approvalRequest.findMany(allIds)),
    bookkeeping: [],
  },
  ApprovalDecision: {
    find: (db, ids) => db.approvalDecision.findMany({ where: idIn(ids) }),
    ids: (db) => idsOf(db.approvalDecision.findMany(allIds)),
    bookkeeping: [],
  },
  Webhook: {
    find: async (db, ids) => (await db.webhook.findMany({ where: idIn(ids) })).map((w) => without(w, "secret")),
    ids: (db) => idsOf(db.webhook.findMany(allIds)),
    bookkeeping: [],
  },
  // Requested and cancelled by people (audited); everything the runner writes is bookkeeping.
  ControlAssessment: {
    async find(db, ids) {
      const rows = await db.controlAssessment.findMany({ where: idIn(ids), include: { evidence: { select: { evidenceId: true } } } });
      return rows.map(({ evidence, ...a }) => ({ ...a, evidenceIds: evidence.map((e) => e.evidenceId).sort(byText) }));
    },
    ids: (db) => idsOf(db.controlAssessment.findMany(allIds)),
    bookkeeping: [],
  },
  Evidence: {
    find: (db, ids) => db.evidence.findMany({ where: idIn(ids) }),
    ids: (db) => idsOf(db.evidence.findMany(allIds)),
    bookkeeping: [],
  },
  Risk: {
    async find(db, ids) {
      const rows = await db.risk.findMany({
        where: idIn(ids),
        include: { systems: { select: { systemId: true } }, controls: { select: { assessmentId: true } } },
      });
      return rows.map(({ systems, controls, ...r }) => ({
        ...r,
        systemIds: systems.map((s) => s.systemId).sort(byText),
        assessmentIds: controls.map((c) => c.assessmentId).sort(byText),
      }));
    },
    ids: (db) => idsOf(db.risk.findMany(allIds)),
    bookkeeping: [],
  },
  Incident: {
    find: (db, ids) => db.incident.findMany({ where: idIn(ids) }),
    ids: (db) => idsOf(db.incident.findMany(allIds)),
    bookkeeping: [],
  },
  ImpactAssessment: {
    find: (db, ids) => db.impactAssessment.findMany({ where: idIn(ids) }),
    ids: (db) => idsOf(db.impactAssessment.findMany(allIds)),
    bookkeeping: [],
  },
  ClassificationConfirmation: {
    find: (db, ids) => db.classificationConfirmation.findMany({ where: idIn(ids) }),
    ids: (db) => idsOf(db.classificationConfirmation.findMany(allIds)),
    bookkeeping: [],
  },
  ReportRun: {
    find: (db, ids) => db.reportRun.findMany({ where: idIn(ids) }),
    ids: (db) => idsOf(db.reportRun.findMany(allIds)),
    bookkeeping: [],
  },
  Job: {
    find: (db, ids) => db.job.findMany({ where: idIn(ids) }),
    ids: (db) => idsOf(db.job.findMany({ where: { organizationId: scopedOrganizationId() }, select: { id: true } })),
    bookkeeping: [
      "status",
      "progressPercent",
      "progressPhase",
      "attempts",
      "leaseOwner",
      "leaseUntil",
      "runAfter",
      "error",
      "result",
      "startedAt",
      "finishedAt",
      "updatedAt",
    ],
  },
} satisfies Record<string, SubjectSpec>;

export type SubjectType = keyof typeof SUBJECTS;
export const SUBJECT_TYPES = Object.keys(SUBJECTS) as SubjectType[];

export function isSubjectType(name: string): name is SubjectType {
  return Object.hasOwn(SUBJECTS, name);
}

/** A record with its bookkeeping fields removed: what the trail follows. */
export function trackedFields(type: SubjectType, record: Row | null): Row | null {
  if (!record) return null;
  const out: Row = { ...record };
  for (const k of SUBJECTS[type].bookkeeping) delete out[k];
  return out;
}

/** One subject's record, or null when it does not exist (any more). */
export async function loadRecord(db: Db, type: SubjectType, id: string): Promise<Row | null> {
  return (await SUBJECTS[type].find(db, [id]))[0] ?? null;
}

/** Many subjects' records, by id (missing ids are absent). */
export async function loadRecords(db: Db, type: SubjectType, ids: string[]): Promise<Map<string, Row>> {
  const rows = ids.length ? await SUBJECTS[type].find(db, ids) : [];
  return new Map(rows.map((r) => [r.id as string, r]));
}
