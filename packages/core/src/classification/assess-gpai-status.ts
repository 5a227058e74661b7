// Step 6, Arts. 51–52: whether the system rests on a general-purpose AI model of its provider, and
// whether that model has systemic risk, either designated by the Commission or presumed from training
// compute. Art. 51(2) presumes it when the compute is *greater than* 10^25 FLOPs.
import type { GpaiStatusId } from "@canon/frameworks";
import type { GpaiAnswers } from "./classification-answers";
import { CLASSIFICATION_STEPS, type ClassificationReason } from "./classification-reason";

/** Art. 51(2): training compute above which systemic risk is presumed. */
export const SYSTEMIC_RISK_FLOPS = 1e25;

export interface GpaiFinding {
  status: GpaiStatusId | "NONE";
  reason: ClassificationReason;
}

export function assessGpaiStatus(answers: GpaiAnswers): GpaiFinding {
  const step = CLASSIFICATION_STEPS.gpai;
  const flops = answers.trainingFlops;
  if (!answers.generalPurposeModel) {
    return { status: "NONE", reason: { step, reference: "Art. 3(63)", text: "Not a general-purpose AI model: Arts. 51–55 do not apply." } };
  }
  if (answers.designatedSystemic) {
    return {
      status: "GPAI_SYSTEMIC",
      reason: { step, reference: "Art. 51(1)(b), Art. 52(4)", text: "Designated by the Commission as a general-purpose AI model with systemic risk." },
    };
  }
  if (flops !== null && flops > SYSTEMIC_RISK_FLOPS) {
    return {
      status: "GPAI_SYSTEMIC",
      reason: {
        step,
        reference: "Art. 51(2), Art. 52(1)",
        text: `Trained with ${flops.toExponential()} FLOPs, above 10^25: systemic risk is presumed, and the provider notifies the Commission within two weeks.`,
      },
    };
  }
  const compute =
    flops === null
      ? "training compute not recorded, so the 10^25 FLOP presumption could not be checked"
      : `trained with ${flops.toExponential()} FLOPs, not above the 10^25 FLOP presumption`;
  return { status: "GPAI", reason: { step, reference: "Art. 51, Art. 53", text: `General-purpose AI model without systemic risk: ${compute}.` } };
}
