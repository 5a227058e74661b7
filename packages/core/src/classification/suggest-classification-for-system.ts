// The classification assistant for a registered system: the suggestion the questionnaire's answers lead
// to (with its reasons), the obligations that would follow for the operator role in the answers (each
// with its date), and what that would change against the obligations of the classification the system
// has now. Reads the system and writes nothing; an approver confirms (confirmClassification).
import { z } from "zod";
import { notFound } from "../shared/errors";
import { id } from "../shared/input";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { classificationAnswersInput } from "./classification-answers";
import type { ClassificationFields } from "./classification-fields";
import { diffObligations, type ObligationsDiff } from "./diff-obligations";
import type { ObligationDue } from "./obligation-due";
import { obligationsFor } from "./obligations-for";
import { classificationOfSystem, currentObligations } from "./preview-classification-change";
import { suggestClassification, type ClassificationSuggestion } from "./suggest-classification";

export interface SystemClassificationSuggestion<S> extends ClassificationSuggestion {
  system: S;
  /** The obligations under the suggested classification. */
  obligations: ObligationDue[];
  /** The system's classification now. */
  current: ClassificationFields;
  /** From the current classification's obligations to the suggested one's. */
  diff: ObligationsDiff;
}

export const suggestClassificationForSystem = useCase({
  permission: Permission.READ,
  input: z.object({ systemId: id, answers: classificationAnswersInput }),
  async run({ systemId, answers }) {
    const system = await reader().aISystem.findUnique({ where: { id: systemId } });
    if (!system) throw notFound("AI system", systemId);
    const suggestion = suggestClassification(answers);
    const obligations = obligationsFor(suggestion.classification, suggestion.obligationContext);
    const result: SystemClassificationSuggestion<typeof system> = {
      ...suggestion,
      system,
      obligations,
      current: classificationOfSystem(system),
      diff: diffObligations(currentObligations(system), obligations),
    };
    return result;
  },
});
