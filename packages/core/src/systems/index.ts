export { classifyAISystem, TRANSPARENCY_DUTIES, type ClassificationInput } from "./classify-ai-system";
export { createAISystem, type CreateAISystemInput } from "./create-ai-system";
export { getAISystem } from "./get-ai-system";
export { listAISystems, type AISystemFilter, type AISystemSortField } from "./list-ai-systems";
export { EU_MEMBER_STATES, type Certificate, type SystemFieldsInput } from "./system-fields";
export { updateAISystem } from "./update-ai-system";
