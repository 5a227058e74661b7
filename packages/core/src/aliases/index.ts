export { deleteAlias } from "./delete-alias";
export { listAliasHistory } from "./list-alias-history";
export { listAliases, loadModelAliases } from "./list-aliases";
export { resolveAlias } from "./resolve-alias";
export { setAlias, setAliasInput, type SetAliasInput } from "./set-alias";
