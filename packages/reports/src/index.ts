// @canon/reports: report models (plain data) and their renderers (model in, bytes out). No database,
// no clock: whatever a report prints arrives in its model. Imports @canon/frameworks only.
export type { CatalogueRef, ReportHeader, ReportOrganization } from "./model/report-header";
export type {
  EnvironmentValue,
  InventoryClassification,
  InventoryDeployment,
  InventoryGaps,
  InventoryGpaiStatus,
  InventoryModel,
  InventoryReport,
  InventoryRiskTier,
  InventorySystem,
  LifecycleStatusValue,
  MarketStatusValue,
} from "./model/inventory";
export { labelCatalogues } from "./format/labels";
export { INVENTORY_TITLE } from "./inventory/inventory-text";
export { renderInventoryPdf } from "./inventory/inventory.pdf";
export { renderInventoryXlsx } from "./inventory/inventory.xlsx";
export { safeCellValue, looksLikeFormula } from "./xlsx/safe-cell";
export type {
  Applicability,
  ChartData,
  ComplianceReport,
  ComplianceReportKind,
  ComplianceSystemRow,
  EvidenceRef,
  EvidenceRow,
  FieldRow,
  FrameworkId,
  GapRow,
  GapSeverity,
  GapState,
  ReportBlock,
  ReportScope,
  ReportSection,
  ReportSummary,
  ReportTable,
  RequirementRow,
  RequirementStatus,
  SystemRef,
} from "./model/compliance";
export type {
  ComponentRoleValue,
  CycloneDxSpecVersion,
  DataClassificationValue,
  HealthStatusValue,
  JsonObject,
  JsonValue,
  LineageRoleValue,
  MetricDirectionValue,
  MlBomArtifact,
  MlBomDataset,
  MlBomDatasetVersion,
  MlBomEvaluation,
  MlBomGateway,
  MlBomMetric,
  MlBomModel,
  MlBomModelCard,
  MlBomModelEntry,
  MlBomModelVersion,
  MlBomRelease,
  MlBomReleaseComponent,
  MlBomSystem,
  ModelKindValue,
  ModelSourceValue,
  ModelStatusValue,
  ParentRelationValue,
  StageValue,
} from "./model/ml-bom";
export { CYCLONEDX_SPEC_VERSIONS, renderCycloneDx } from "./cyclonedx/render-cyclonedx";
export type { AuditChainPoint, AuditEventSource, AuditExportEvent, AuditExportHeader, AuditExportModel, AuditExportStream } from "./model/audit-export";
export { AUDIT_CSV_COLUMNS, auditCsvChunks, writeAuditCsv } from "./audit-export/audit-csv";
export { AUDIT_EXPORT_FORMAT, auditJsonlChunks, writeAuditJsonl } from "./audit-export/audit-jsonl";
export { csvCell, restoreCsvCell } from "./audit-export/csv-cell";
export { verifyAuditExport, type AuditExportVerification, type VerifyAuditExportOptions } from "./audit-export/verify-audit-export";
export {
  EVIDENCE_PACK_FORMAT,
  type EvidencePackFile,
  type EvidencePackInput,
  type EvidencePackManifest,
  type EvidencePackManifestFile,
  type EvidencePackResult,
  type EvidencePackVerification,
} from "./model/evidence-pack";
export { writeEvidencePack } from "./evidence-pack/write-evidence-pack";
export { verifyEvidencePack, type VerifyEvidencePackOptions } from "./evidence-pack/verify-evidence-pack";
export { renderCompliancePdf } from "./compliance/compliance.pdf";
export { toBuffer } from "./compliance/to-buffer";
export { renderComplianceXlsx } from "./compliance/compliance.xlsx";
