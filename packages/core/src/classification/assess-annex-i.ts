// Step 2, Art. 6(1) with Annex I: a system is high risk when it is a product covered by the Union
// harmonisation legislation listed in Annex I, or a safety component of one, and that product must
// undergo a third-party conformity assessment. Both conditions are needed.
import type { AnnexIAnswers } from "./classification-answers";
import { CLASSIFICATION_STEPS, type ClassificationReason } from "./classification-reason";

export interface AnnexIFinding {
  highRisk: boolean;
  reason: ClassificationReason;
}

export function assessAnnexI(answers: AnnexIAnswers): AnnexIFinding {
  const step = CLASSIFICATION_STEPS.annexI;
  const legislation = answers.legislation ? ` (${answers.legislation})` : "";
  if (!answers.coveredProductOrSafetyComponent) {
    return {
      highRisk: false,
      reason: { step, reference: "Art. 6(1)", text: "Not a product, or a safety component of a product, covered by Annex I legislation." },
    };
  }
  if (!answers.thirdPartyConformityAssessment) {
    return {
      highRisk: false,
      reason: {
        step,
        reference: "Art. 6(1)(b)",
        text: `Covered by Annex I legislation${legislation}, but the product needs no third-party conformity assessment: not high risk by this route.`,
      },
    };
  }
  return {
    highRisk: true,
    reason: {
      step,
      reference: "Art. 6(1), Annex I",
      text: `Product or safety component under Annex I legislation${legislation} that needs a third-party conformity assessment: high risk.`,
    },
  };
}
