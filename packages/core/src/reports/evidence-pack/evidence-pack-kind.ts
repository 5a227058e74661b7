// The evidence pack's names shared by the use case that requests it and the API's job kind, and the
// reports it holds (every framework report as PDF and XLSX, and the AI inventory as PDF).
import { COMPLIANCE_REPORT_KINDS } from "../compliance/gather-compliance-report";

export const EVIDENCE_PACK_JOB_KIND = "report.evidence-pack";

export const EVIDENCE_PACK_FRAMEWORK_REPORTS = COMPLIANCE_REPORT_KINDS;
