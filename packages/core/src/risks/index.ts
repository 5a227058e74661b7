export { riskFieldsInput, riskLevelOf, type RiskFieldsInput } from "./risk-input";
export { createRisk, updateRisk } from "./record-risk";
export { listRisks, riskFilter } from "./list-risks";
