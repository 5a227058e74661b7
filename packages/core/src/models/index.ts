export { createModel, type CreateModelInput } from "./create-model";
export { getModel } from "./get-model";
export { listModels, type ModelFilter, type ModelSortField } from "./list-models";
export { loadModels, loadModelSystems, loadModelTags } from "./load-models";
export { HEALTH_STATUSES, MODEL_KINDS, MODEL_SOURCES, MODEL_STATUSES, type ModelFieldsInput } from "./model-fields";
export { updateModel } from "./update-model";
