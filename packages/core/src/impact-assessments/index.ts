export { recordImpactAssessment, listImpactAssessments } from "./record-impact-assessment";
