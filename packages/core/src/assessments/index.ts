export { controlAssessmentInput, ORGANIZATION_CONTROL_PREFIX, type ControlAssessmentInput } from "./assessment-input";
export { setControlAssessment } from "./set-control-assessment";
export { listControlAssessments, controlAssessmentFilter } from "./list-control-assessments";
export { requirementTitle } from "./requirement-title";
