export {
  cardCompleteness,
  frameworkCompleteness,
  sectionFilled,
  type CardCompleteness,
  type CardSections,
  type FrameworkCompleteness,
} from "./card-completeness";
export { modelCardFieldsInput, type ModelCardFields, type ModelCardFieldsInput } from "./card-fields";
export type { ModelCardView } from "./card-view";
export { loadVersionCards } from "./load-cards";
export { getModelCard, getModelCardRevision } from "./get-model-card";
export { listModelCardHistory } from "./list-model-card-history";
export { saveModelCard, saveModelCardInput, type SaveModelCardInput } from "./save-model-card";
