export { ENVIRONMENTS, recordDeploymentInput, type RecordDeploymentInput } from "./deployment-input";
export { ALLOWED_GATE_MODES, DEFAULT_GATE_MODES, GATE_MODES, gateViolations } from "./deployment-gate";
export { endDeployment } from "./end-deployment";
export { getDeployment } from "./get-deployment";
export { listDeploymentGates, type DeploymentGateView } from "./list-deployment-gates";
export { deploymentFilter, listDeployments, type DeploymentFilter } from "./list-deployments";
export { recordDeployment } from "./record-deployment";
export { setDeploymentGate } from "./set-deployment-gate";
