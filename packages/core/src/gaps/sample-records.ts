// Test support: ComplianceRecords built by hand (the shape the as-of readers return), for unit tests of
// gap rules and report builders.
import type { AuditRecord, ComplianceRecords } from "./compliance-records";

export const recordMap = (...rows: AuditRecord[]) => new Map(rows.map((r) => [r.id as string, r]));

export function sampleRecords(parts: Partial<ComplianceRecords>): ComplianceRecords {
  const empty = () => new Map<string, AuditRecord>();
  return {
    organization: { id: "org", name: "Zoë Org", legalName: null },
    memberships: empty(),
    systems: empty(),
    models: empty(),
    versions: empty(),
    aliases: empty(),
    releases: empty(),
    deployments: empty(),
    evaluations: empty(),
    modelCards: empty(),
    approvalPolicies: empty(),
    approvalRequests: empty(),
    datasets: empty(),
    datasetVersions: empty(),
    assessments: empty(),
    evidence: empty(),
    risks: empty(),
    incidents: empty(),
    impactAssessments: empty(),
    confirmations: empty(),
    provenance: new Map(),
    rollbacks: [],
    ...parts,
  };
}

export const HIGH_RISK_SYSTEM = {
  id: "s1",
  reference: "CR-1",
  name: "Credit scorer",
  riskTier: "HIGH_RISK",
  highRiskRoute: "ANNEX_III",
  annexIIIArea: 5,
  annexIIIPoint: "5(b)",
  operatorRole: "PROVIDER",
  lifecycleStatus: "IN_PRODUCTION",
  gpaiStatus: "NONE",
  transparencyDuties: [],
  art6_3Derogation: false,
  profiling: true,
  marketStatus: "NOT_PLACED",
  certificates: [],
  memberStates: [],
  publicAuthority: false,
};
