export { loadVersionEvaluations } from "./load-evaluations";
export { loadLatestVersionEvaluations, type EvaluationColumns } from "./load-latest-evaluations";
export { MAX_METRICS, validateEvaluation, type MetricInput, type RecordEvaluationInput } from "./evaluation-input";
export { getEvaluation } from "./get-evaluation";
export { listEvaluations, type EvaluationFilter } from "./list-evaluations";
export { evaluationPassed, metricPassed } from "./metric-outcome";
export { recordEvaluation } from "./record-evaluation";
