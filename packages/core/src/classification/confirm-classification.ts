// An approver confirms a system's EU AI Act classification: the assistant suggests one from the
// questionnaire's answers, and the approver accepts it or gives another (an override, which needs a
// justification). The confirmed classification is applied to the AISystem columns under the same rules
// as classifyAISystem, the deployer's public-authority answer with it, and the confirmation (answers,
// suggestion with its reasons, what was confirmed, why it differs) is kept. One transaction, two audit
// events: classification.confirm on the confirmation and aiSystem.classify on the system.
import type { Prisma } from "@canon/db";
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf } from "../shared/actor";
import { invalid, notFound } from "../shared/errors";
import { id, optionalText } from "../shared/input";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { classificationInput } from "../systems/classification";
import { classificationAnswersInput } from "./classification-answers";
import type { ClassificationFields } from "./classification-fields";
import { diffObligations } from "./diff-obligations";
import { obligationsFor } from "./obligations-for";
import { coherentClassification, currentObligations } from "./preview-classification-change";
import { suggestClassification } from "./suggest-classification";

const FIELDS = [
  "operatorRole",
  "riskTier",
  "highRiskRoute",
  "annexIIIArea",
  "annexIIIPoint",
  "art6_3Derogation",
  "art6_3Justification",
  "profiling",
  "gpaiStatus",
  "transparencyDuties",
] as const satisfies readonly (keyof ClassificationFields)[];

/**
 * The fields in which a confirmed classification departs from the suggested one, in column order; empty
 * when the approver accepts the suggestion. Transparency duties compare as a set.
 */
export function overriddenFields(suggested: ClassificationFields, confirmed: ClassificationFields): (keyof ClassificationFields)[] {
  return FIELDS.filter((field) => {
    if (field === "transparencyDuties") {
      const a = new Set(suggested.transparencyDuties);
      const b = new Set(confirmed.transparencyDuties);
      return a.size !== b.size || [...a].some((d) => !b.has(d));
    }
    return suggested[field] !== confirmed[field];
  });
}

/** A plain JSON copy for a Json column. */
const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

export const confirmClassification = useCase({
  permission: Permission.CLASSIFY,
  input: z.object({
    systemId: id,
    answers: classificationAnswersInput,
    /** What the approver confirms when it is not the suggestion; omitted = the suggestion. */
    classification: classificationInput.nullish(),
    /** Why the confirmed classification departs from the suggestion (required then). */
    justification: optionalText(),
  }),
  async run({ actor, systemId, answers, classification, justification }) {
    const suggestion = suggestClassification(answers);
    const confirmed = classification ? coherentClassification("classification", classification) : coherentClassification("answers", suggestion.classification);
    const departures = overriddenFields(suggestion.classification, confirmed);
    const overridden = departures.length > 0;
    if (overridden && !justification) {
      throw invalid("justification", `is required when the confirmed classification departs from the suggestion (${departures.join(", ")})`);
    }
    const publicAuthority = answers.deployerIsPublicAuthority;
    const obligations = obligationsFor(confirmed, suggestion.obligationContext);

    return writeTransaction(async (tx) => {
      const before = await tx.aISystem.findUnique({ where: { id: systemId } });
      if (!before) throw notFound("AI system", systemId);
      const system = await tx.aISystem.update({
        where: { id: before.id },
        data: { ...confirmed, publicAuthority, classifiedAt: new Date(), classifiedById: personOf(actor) },
      });
      const confirmation = await tx.classificationConfirmation.create({
        data: {
          organizationId: actor.organizationId,
          systemId: system.id,
          answers: json(answers),
          suggested: json(suggestion),
          confirmed: json({ ...confirmed, publicAuthority }),
          overridden,
          justification: justification ?? null,
          confirmedById: personOf(actor),
        },
      });
      await appendAuditEvent(tx, actor, { action: "classification.confirm", subjectId: confirmation.id });
      await appendAuditEvent(tx, actor, { action: "aiSystem.classify", subjectId: system.id, context: { confirmationId: confirmation.id, overridden } });
      return { system, confirmation, obligations, diff: diffObligations(currentObligations(before), obligations) };
    });
  },
});
