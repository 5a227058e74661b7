// The audit trail export's names shared by the use case that requests it and the API's job kind: the
// job kind, the formats, and the one rule about filters (only the CSV may be filtered by subject type;
// the JSON Lines export is the verifiable form, and verification needs an unbroken run of the chain).
export const AUDIT_EXPORT_JOB_KIND = "report.audit-export";

export const AUDIT_EXPORT_FORMATS = ["CSV", "JSONL"] as const;
export type AuditExportFormat = (typeof AUDIT_EXPORT_FORMATS)[number];

export const SUBJECT_FILTER_REFUSAL =
  "only a CSV export may be filtered by subject type: a JSON Lines export is verified as an unbroken run of the chain, so it holds every event of the range (filter it after verifying)";
