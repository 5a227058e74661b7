// One line of the assistant's reasoning: which step of the questionnaire it comes from, the provision it
// rests on, and what it concluded, in words a reviewer can check.

export const CLASSIFICATION_STEPS = {
  prohibited: "Art. 5 screening",
  annexI: "Annex I product",
  annexIII: "Annex III use",
  derogation: "Art. 6(3) derogation",
  transparency: "Art. 50 transparency",
  gpai: "General-purpose AI model",
  tier: "Risk tier",
} as const;

export type ClassificationStep = (typeof CLASSIFICATION_STEPS)[keyof typeof CLASSIFICATION_STEPS];

export interface ClassificationReason {
  step: ClassificationStep;
  /** Where the Act says it, in short form: "Art. 6(2), Annex III 5(b)". */
  reference: string;
  text: string;
}
