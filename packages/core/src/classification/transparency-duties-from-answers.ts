// Step 5, Art. 50: the transparency duties the answers bring, in the catalogue's order, with a reason
// naming each duty and who carries it.
import { EU_AI_ACT_TRANSPARENCY_DUTIES, type TransparencyDutyId } from "@canon/frameworks";
import { ART_50_QUESTIONS, type Art50Answers } from "./art-50-questions";
import { CLASSIFICATION_STEPS, type ClassificationReason } from "./classification-reason";

export interface TransparencyFinding {
  duties: TransparencyDutyId[];
  reasons: ClassificationReason[];
}

const HOLDER = { PROVIDER: "the provider", DEPLOYER: "the deployer" } as const;

export function transparencyDutiesFromAnswers(answers: Art50Answers): TransparencyFinding {
  const step = CLASSIFICATION_STEPS.transparency;
  const answered = new Set(Object.entries(ART_50_QUESTIONS).flatMap(([question, duty]) => (answers[question as keyof Art50Answers] ? [duty] : [])));
  const duties = EU_AI_ACT_TRANSPARENCY_DUTIES.filter((d) => answered.has(d.id));
  if (duties.length === 0) {
    return {
      duties: [],
      reasons: [
        {
          step,
          reference: "Art. 50",
          text: "No transparency duty: no interaction with people, synthetic content, emotion recognition, biometric categorisation, deep fakes or public-interest text.",
        },
      ],
    };
  }
  return {
    duties: duties.map((d) => d.id),
    reasons: duties.map((d) => ({ step, reference: d.ref, text: `${d.label}, carried by ${HOLDER[d.holder]}: ${d.summary}` })),
  };
}
