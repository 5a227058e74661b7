export { createModel, createModelInput, type CreateModelInput } from "./create-model";
export { getModel } from "./get-model";
export { listModels, modelFilter, MODEL_SORT_FIELDS, type ModelFilter, type ModelSortField } from "./list-models";
export { loadModels, loadModelSystems, loadModelTags } from "./load-models";
export { modelFieldsInput, type ModelFieldsInput } from "./model-fields";
export { updateModel } from "./update-model";
