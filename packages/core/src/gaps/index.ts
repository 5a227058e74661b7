export type { Gap, GapRule, GapSeverity, GapState } from "./gap";
export { GAP_RULES } from "./rules/index";
export { computeGaps } from "./compute-gaps";
export { listGaps, gapFilter } from "./list-gaps";
export { readComplianceRecords, type ComplianceRecords } from "./compliance-records";
export { coverageOf } from "./coverage";
export { draftTrainingContentSummary, type TrainingContentSummary } from "./training-content-summary";
export { getTrainingContentSummary } from "./get-training-content-summary";
