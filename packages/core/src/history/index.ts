export { aliasPointersAt, listAliasPointersAt, type AliasPointer } from "./list-alias-pointers-at";
export { listDeploymentsAt } from "./list-deployments-at";
export { productionSnapshot, snapshotInput, snapshotScope, type SnapshotInput, type SnapshotScope } from "./production-snapshot";
