export { archiveModelVersion } from "./archive-model-version";
export { getModelVersion } from "./get-model-version";
export { findModelVersionsByTag, listModelVersions, type ModelVersionFilter, type ModelVersionSortField } from "./list-model-versions";
export { loadModelVersionLineage, loadModelVersions, loadModelVersionTags } from "./load-versions";
export { registerModelVersion } from "./register-model-version";
export { updateModelVersion, type UpdateModelVersionInput } from "./update-model-version";
export { LINEAGE_ROLES, PARENT_RELATIONS, type LineageInput, type RegisterModelVersionInput } from "./version-fields";
