export { gatherInventory, type GatherInventoryInput } from "./gather-inventory";
export { gatherComplianceReport, COMPLIANCE_REPORT_KINDS, type GatherComplianceReportInput } from "./compliance/gather-compliance-report";
export { buildComplianceReport } from "./compliance/build-compliance-report";
export { requestReport } from "./runs/request-report";
export { finishReportRun, type ReportRunOutcome } from "./runs/finish-report-run";
export { listReportRuns } from "./runs/list-report-runs";
export { gatherMlBom, type GatherMlBomInput } from "./ml-bom/gather-ml-bom";
