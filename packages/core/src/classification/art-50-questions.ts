// The questionnaire's Art. 50 questions and the transparency duty each "yes" brings. The duty ids are
// the ones the registry stores (EU_AI_ACT_TRANSPARENCY_DUTIES).
import type { TransparencyDutyId } from "@canon/frameworks";

export const ART_50_QUESTIONS = {
  /** The system interacts directly with natural persons. */
  interactsWithPeople: "50(1)",
  /** The system generates synthetic audio, image, video or text. */
  generatesSyntheticContent: "50(2)",
  /** The system recognises emotions or categorises people from biometric data. */
  emotionRecognitionOrBiometricCategorisation: "50(3)",
  /** The system generates or manipulates image, audio or video that amounts to a deep fake. */
  deepFakes: "50(4)-deepfake",
  /** The system generates or manipulates text published to inform the public on matters of public interest. */
  publicInterestText: "50(4)-text",
} as const satisfies Record<string, TransparencyDutyId>;

export type Art50Question = keyof typeof ART_50_QUESTIONS;
export type Art50Answers = Record<Art50Question, boolean>;
