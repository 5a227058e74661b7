export { archiveModelVersion } from "./archive-model-version";
export { getModelVersion } from "./get-model-version";
export {
  findModelVersionsByTag,
  listModelVersions,
  modelVersionFilter,
  MODEL_VERSION_SORT_FIELDS,
  type ModelVersionFilter,
  type ModelVersionSortField,
} from "./list-model-versions";
export { loadModelVersionLineage, loadModelVersions, loadModelVersionTags } from "./load-versions";
export { registerModelVersion } from "./register-model-version";
export { updateModelVersion, updateModelVersionInput, type UpdateModelVersionInput } from "./update-model-version";
export { LINEAGE_ROLES, lineageInput, PARENT_RELATIONS, registerModelVersionInput, type LineageInput, type RegisterModelVersionInput } from "./version-fields";
