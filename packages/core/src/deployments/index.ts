export { ENVIRONMENTS, type RecordDeploymentInput } from "./deployment-input";
export { endDeployment } from "./end-deployment";
export { getDeployment } from "./get-deployment";
export { listDeployments, type DeploymentFilter } from "./list-deployments";
export { recordDeployment } from "./record-deployment";
