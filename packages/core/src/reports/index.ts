export { gatherInventory, type GatherInventoryInput } from "./gather-inventory";
export { gatherComplianceReport, COMPLIANCE_REPORT_KINDS, type GatherComplianceReportInput } from "./compliance/gather-compliance-report";
export { buildComplianceReport } from "./compliance/build-compliance-report";
