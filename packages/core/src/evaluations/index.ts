export { loadVersionEvaluations } from "./load-evaluations";
export { evaluationColumns, loadLatestVersionEvaluations, type EvaluationColumns } from "./load-latest-evaluations";
export { MAX_METRICS, metricInput, recordEvaluationInput, type MetricInput, type RecordEvaluationInput } from "./evaluation-input";
export { getEvaluation } from "./get-evaluation";
export { evaluationFilter, listEvaluations, type EvaluationFilter } from "./list-evaluations";
export { evaluationPassed, metricPassed } from "./metric-outcome";
export { recordEvaluation } from "./record-evaluation";
