// The EU AI Act classification assistant: the questionnaire, the suggested classification with its
// reasons, the obligations that follow for the operator role, and how a change moves them. Pure logic.
export { classificationAnswersInput, type ClassificationAnswers, type ClassificationAnswersInput } from "./classification-answers";
export { ART_50_QUESTIONS, type Art50Answers, type Art50Question } from "./art-50-questions";
export type { ClassificationFields, SuggestedClassificationFields } from "./classification-fields";
export { CLASSIFICATION_STEPS, type ClassificationReason, type ClassificationStep } from "./classification-reason";
export { suggestClassification, type ClassificationSuggestion } from "./suggest-classification";
export { SYSTEMIC_RISK_FLOPS } from "./assess-gpai-status";
export { NO_PUBLIC_DEPLOYER, type ObligationContext, type ObligationDue } from "./obligation-due";
export { obligationsFor } from "./obligations-for";
export { diffObligations, type ObligationsDiff } from "./diff-obligations";
export { suggestClassificationForSystem, type SystemClassificationSuggestion } from "./suggest-classification-for-system";
export { previewClassificationChange, classificationOfSystem, type ClassificationChangePreview } from "./preview-classification-change";
export { confirmClassification, overriddenFields } from "./confirm-classification";
