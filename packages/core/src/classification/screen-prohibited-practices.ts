// Step 1, Art. 5: any practice the Act bans makes the system PROHIBITED, and the questionnaire stops
// there. One reason per practice, with the date its ban applies from.
import { euAiActApplicationDate, prohibitedPractice } from "@canon/frameworks";
import { CLASSIFICATION_STEPS, type ClassificationReason } from "./classification-reason";

export interface ProhibitedFinding {
  prohibited: boolean;
  reasons: ClassificationReason[];
}

export function screenProhibitedPractices(practiceIds: readonly string[]): ProhibitedFinding {
  const step = CLASSIFICATION_STEPS.prohibited;
  const practices = practiceIds.map((id) => prohibitedPractice(id)).filter((p) => p !== undefined);
  if (practices.length === 0) {
    return { prohibited: false, reasons: [{ step, reference: "Art. 5(1)", text: "No prohibited practice applies." }] };
  }
  return {
    prohibited: true,
    reasons: practices.map((p) => ({
      step,
      reference: p.ref,
      text: `Prohibited practice, banned from ${euAiActApplicationDate(p.appliesFrom).date}: ${p.label}. ${p.summary}`,
    })),
  };
}
