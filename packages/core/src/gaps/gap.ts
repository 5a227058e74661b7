// A gap: something a framework asks for that the registry shows is not met, computed from the records
// (never from a typed-in score). Each names its state, severity, the rule that found it and the record
// to fix, so a reader can act on it and a report can cite it.
export type GapState = "MISSING_EVIDENCE" | "FAILED" | "STALE" | "NOT_APPLICABLE" | "UNKNOWN";
export type GapSeverity = "CRITICAL" | "HIGH" | "MEDIUM" | "LOW";
export type GapFramework = "EU_AI_ACT" | "ISO_42001" | "NIST_AI_RMF";

export const GAP_SEVERITY_ORDER: readonly GapSeverity[] = ["CRITICAL", "HIGH", "MEDIUM", "LOW"];

export interface Gap {
  /** Stable within one computation: rule, record and requirement. */
  key: string;
  rule: string;
  state: GapState;
  severity: GapSeverity;
  message: string;
  system: { id: string; reference: string; name: string } | null;
  framework: GapFramework | null;
  requirementId: string | null;
  /** The record to fix. */
  fix: { recordType: string; recordId: string | null; label: string };
  /** Evidence involved (expired evidence), when there is one. */
  evidenceId: string | null;
}

export interface GapRule {
  id: string;
  title: string;
  find(records: import("./compliance-records").ComplianceRecords, at: Date): Gap[];
}
