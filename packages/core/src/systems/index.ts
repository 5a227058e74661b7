export { classifyAISystem, classificationInput, TRANSPARENCY_DUTIES, type ClassificationInput } from "./classify-ai-system";
export { createAISystem, createAISystemInput, type CreateAISystemInput } from "./create-ai-system";
export { getAISystem } from "./get-ai-system";
export { aiSystemFilter, listAISystems, type AISystemFilter, type AISystemSortField } from "./list-ai-systems";
export { EU_MEMBER_STATES, systemFieldsInput, type Certificate, type SystemFieldsInput } from "./system-fields";
export { updateAISystem } from "./update-ai-system";
