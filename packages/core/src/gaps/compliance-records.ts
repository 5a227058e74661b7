// The records gaps and framework reports are computed from, as the audit trail holds them at one
// instant: whole rows as canonical JSON (dates as ISO strings), by id. Read only through the as-of
// readers, so "as of D" is the state recorded then; the live gap list reads them as of now.
import { recordsAsOf, recordVersionsAsOf, seqAt, type RecordVersion } from "../audit/as-of";
import type { SubjectType } from "../audit/subject-records";
import { readInventoryRecords, type AuditRecord, type InventoryRecords } from "../reports/inventory-records";

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
}

const EXTRA = {
  evaluations: "Evaluation",
  modelCards: "ModelCard",
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

/** Every record the compliance reports and gaps need, as of `at`. Call inside the organisation's scope. */
export async function readComplianceRecords(organizationId: string, at: Date): Promise<ComplianceRecords> {
  // The instant's position in the chain, looked up once for the 22 reads below.
  const upTo = { seq: await seqAt(organizationId, at) };
  const [inventory, systemVersions, cardVersions, ...extra] = await Promise.all([
    readInventoryRecords(organizationId, at, upTo),
    recordVersionsAsOf(organizationId, "AISystem", upTo),
    recordVersionsAsOf(organizationId, "ModelCard", upTo),
    ...Object.values(EXTRA).map((type) => recordsAsOf(organizationId, type, upTo)),
  ]);
  const provenance = new Map<string, { seq: number; changedAt: Date }>();
  const note = (versions: Map<string, RecordVersion>) => versions.forEach((v, id) => provenance.set(id, { seq: v.seq, changedAt: v.changedAt }));
  note(systemVersions);
  note(cardVersions);
  const out = { ...inventory, provenance } as ComplianceRecords;
  Object.keys(EXTRA).forEach((key, i) => ((out as unknown as Record<string, Map<string, AuditRecord>>)[key] = extra[i]!));
  return out;
}
