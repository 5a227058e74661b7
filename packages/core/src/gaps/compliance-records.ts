// The records gaps and framework reports are computed from, as the audit trail holds them at one
// instant: whole rows as canonical JSON (dates as ISO strings), by id. Read only through the as-of
// readers, so "as of D" is the state recorded then; the live gap list reads them as of now.
//
// Evaluations are the largest record type (many runs per version, most on versions that never reach
// production). The gap rules and framework reports look only at production versions' evaluations, so
// they read those alone (`evaluations: "production"`); the ML-BOM and evidence packs read every one.
import { recordsAsOf, recordsOf, recordVersionsAsOf, seqAt, type RecordVersion } from "../audit/as-of";
import { reader } from "../shared/transaction";
import type { SubjectType } from "../audit/subject-records";
import { readInventoryRecords, type AuditRecord, type InventoryRecords } from "../reports/inventory-records";
import { list, text } from "./record-fields";

export type { AuditRecord };

export interface ComplianceRecords extends InventoryRecords {
  evaluations: Map<string, AuditRecord>;
  modelCards: Map<string, AuditRecord>;
  approvalPolicies: Map<string, AuditRecord>;
  approvalRequests: Map<string, AuditRecord>;
  datasets: Map<string, AuditRecord>;
  datasetVersions: Map<string, AuditRecord>;
  assessments: Map<string, AuditRecord>;
  evidence: Map<string, AuditRecord>;
  risks: Map<string, AuditRecord>;
  incidents: Map<string, AuditRecord>;
  impactAssessments: Map<string, AuditRecord>;
  confirmations: Map<string, AuditRecord>;
  /** Which event of the trail set each system's and card's record, and when: the source a report cites. */
  provenance: Map<string, { seq: number; changedAt: Date }>;
  /** Every alias rollback up to the instant, in trail order (a MANAGE decision: a release taken back). */
  rollbacks: AliasRollback[];
}

/** One `alias.rollback` event of the trail. */
export interface AliasRollback {
  seq: number;
  at: Date;
  modelId: string;
  alias: string;
  fromVersionId: string | null;
  toVersionId: string | null;
  reason: string | null;
  actorUserId: string | null;
}

export interface ComplianceReadOptions {
  /** "all" (default), or only the evaluations of versions in production (in a PRODUCTION stage or release). */
  evaluations?: "all" | "production";
}

const EXTRA = {
  approvalPolicies: "ApprovalPolicy",
  approvalRequests: "ApprovalRequest",
  datasets: "Dataset",
  datasetVersions: "DatasetVersion",
  assessments: "ControlAssessment",
  evidence: "Evidence",
  risks: "Risk",
  incidents: "Incident",
  impactAssessments: "ImpactAssessment",
  confirmations: "ClassificationConfirmation",
} as const satisfies Record<string, SubjectType>;

type Extra = { [K in keyof typeof EXTRA]: Map<string, AuditRecord> };

/** Every version in production anywhere in the organisation: a PRODUCTION stage, or a component of a PRODUCTION release. */
export function productionVersionIds(inventory: InventoryRecords): Set<string> {
  const ids = new Set<string>();
  for (const v of inventory.versions.values()) if (text(v, "stage") === "PRODUCTION") ids.add(v.id as string);
  for (const rel of inventory.releases.values()) {
    if (text(rel, "stage") !== "PRODUCTION") continue;
    for (const c of list(rel, "components") as AuditRecord[]) if (text(c, "modelVersionId")) ids.add(text(c, "modelVersionId")!);
  }
  return ids;
}

/** Every record the compliance reports and gaps need, as of `at`. Call inside the organisation's scope. */
export async function readComplianceRecords(organizationId: string, at: Date, options: ComplianceReadOptions = {}): Promise<ComplianceRecords> {
  // The instant's position in the chain, looked up once for every read below.
  const upTo = { seq: await seqAt(organizationId, at) };
  // One type at a time: each read holds one page of trail text besides what it keeps, so reading them side
  // by side would only multiply the garbage (and SQLite answers one statement at a time anyway).
  const inventory = await readInventoryRecords(organizationId, at, upTo, { systems: false });
  const systemVersions = await recordVersionsAsOf(organizationId, "AISystem", upTo);
  const cardVersions = await recordVersionsAsOf(organizationId, "ModelCard", upTo);
  const extra: Map<string, AuditRecord>[] = [];
  for (const type of Object.values(EXTRA)) extra.push(await recordsAsOf(organizationId, type, upTo));
  const systems = recordsOf(systemVersions);
  const inProduction = options.evaluations === "production" ? productionVersionIds({ ...inventory, systems }) : null;
  const evaluations = await recordsAsOf(
    organizationId,
    "Evaluation",
    upTo,
    inProduction ? { keep: (e) => inProduction.has(text(e, "modelVersionId") ?? "") } : {},
  );
  const provenance = new Map<string, { seq: number; changedAt: Date }>();
  const note = (versions: Map<string, RecordVersion>) => versions.forEach((v, id) => provenance.set(id, { seq: v.seq, changedAt: v.changedAt }));
  note(systemVersions);
  note(cardVersions);
  const rest = Object.fromEntries(Object.keys(EXTRA).map((key, i) => [key, extra[i]!])) as Extra;
  const rollbacks = await readRollbacks(upTo.seq);
  return { ...inventory, systems, evaluations, modelCards: recordsOf(cardVersions), ...rest, provenance, rollbacks };
}

const parse = (json: string | null): AuditRecord | null => (json ? (JSON.parse(json) as AuditRecord) : null);

/** The organisation's alias rollbacks up to a position of its chain (in its scope). */
async function readRollbacks(upTo: number): Promise<AliasRollback[]> {
  const events = await reader().auditEvent.findMany({
    where: { action: "alias.rollback", seq: { lte: upTo } },
    orderBy: { seq: "asc" },
    select: { seq: true, createdAt: true, before: true, after: true, context: true, actorUserId: true },
  });
  return events.map((e) => {
    const [before, after, context] = [parse(e.before), parse(e.after), parse(e.context)];
    return {
      seq: e.seq,
      at: e.createdAt,
      modelId: text(after ?? before ?? undefined, "modelId") ?? "",
      alias: text(after ?? before ?? undefined, "name") ?? "",
      fromVersionId: text(before ?? undefined, "versionId"),
      toVersionId: text(after ?? undefined, "versionId"),
      reason: text(context ?? undefined, "reason"),
      actorUserId: e.actorUserId,
    };
  });
}
