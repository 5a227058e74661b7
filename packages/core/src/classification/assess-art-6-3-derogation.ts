// Step 4, Art. 6(3): an Annex III use is not high risk when at least one condition (a)–(d) is claimed
// with a justification and the system does not profile natural persons; profiling keeps it high risk
// whatever the conditions. The derogation lifts only the Annex III route: an Annex I product stays high
// risk under Art. 6(1).
import { ART_6_3_PROFILING_NOTE, ART_6_3_PROVIDER_DUTIES_NOTE, art63Condition } from "@canon/frameworks";
import type { Art6_3Answers } from "./classification-answers";
import { CLASSIFICATION_STEPS, type ClassificationReason } from "./classification-reason";

export interface DerogationFinding {
  derogation: boolean;
  justification: string | null;
  /** Null when the step has nothing to say (no Annex III use and nothing claimed). */
  reason: ClassificationReason | null;
}

export interface DerogationFacts {
  annexIIIUse: boolean;
  annexIProduct: boolean;
  profiling: boolean;
}

export function assessArt6_3Derogation(claim: Art6_3Answers, facts: DerogationFacts): DerogationFinding {
  const step = CLASSIFICATION_STEPS.derogation;
  const none = (reference: string, text: string): DerogationFinding => ({ derogation: false, justification: null, reason: { step, reference, text } });
  const claimed = claim.conditions.length > 0;
  if (!facts.annexIIIUse)
    return claimed
      ? none("Art. 6(3)", "Conditions claimed, but the derogation applies only to Annex III uses: ignored.")
      : { derogation: false, justification: null, reason: null };
  if (!claimed) return none("Art. 6(3)", "No Art. 6(3) condition claimed: the Annex III use is high risk.");
  if (facts.annexIProduct) return none("Art. 6(3)", "Art. 6(3) lifts only the Annex III route; the system stays high risk as an Annex I product (Art. 6(1)).");
  if (facts.profiling) return none("Art. 6(3), last subparagraph", `The system profiles natural persons, so it stays high risk. ${ART_6_3_PROFILING_NOTE}`);
  const conditions = claim.conditions.map((id) => art63Condition(id)!);
  return {
    derogation: true,
    justification: claim.justification,
    reason: {
      step,
      reference: conditions.map((c) => c.ref).join(", "),
      text: `Not high risk: ${conditions.map((c) => c.label.toLowerCase()).join("; ")}, and no profiling. ${ART_6_3_PROVIDER_DUTIES_NOTE}`,
    },
  };
}
