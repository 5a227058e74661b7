// The classification assistant: walks the questionnaire's answers through the Act's steps in order —
// Art. 5 screening (a prohibited practice stops it), Annex I, Annex III, the Art. 6(3) derogation,
// Art. 50 duties, the general-purpose model status — and suggests a risk tier, the AISystem columns to
// store and the reasons behind each. Pure: it reads nothing and writes nothing; a person confirms it.
import type { ClassificationAnswers } from "./classification-answers";
import type { SuggestedClassificationFields } from "./classification-fields";
import { CLASSIFICATION_STEPS, type ClassificationReason } from "./classification-reason";
import { assessAnnexI } from "./assess-annex-i";
import { assessAnnexIII } from "./assess-annex-iii";
import { assessArt6_3Derogation } from "./assess-art-6-3-derogation";
import { assessGpaiStatus } from "./assess-gpai-status";
import type { ObligationContext } from "./obligation-due";
import { screenProhibitedPractices } from "./screen-prohibited-practices";
import { suggestRiskTier } from "./suggest-risk-tier";
import { transparencyDutiesFromAnswers } from "./transparency-duties-from-answers";

export interface ClassificationSuggestion {
  /** The AISystem columns, ready for classifyAISystem. */
  classification: SuggestedClassificationFields;
  reasons: ClassificationReason[];
  /** The deployer facts obligationsFor needs beside the classification. */
  obligationContext: ObligationContext;
}

export function suggestClassification(answers: ClassificationAnswers): ClassificationSuggestion {
  const obligationContext: ObligationContext = {
    deployerIsPublicAuthority: answers.deployerIsPublicAuthority,
    deployerProvidesPublicServices: answers.deployerProvidesPublicServices,
  };
  const unassessed = {
    operatorRole: answers.operatorRole,
    highRiskRoute: null,
    annexIIIArea: null,
    annexIIIPoint: null,
    art6_3Derogation: false,
    art6_3Justification: null,
    profiling: answers.profiling,
    gpaiStatus: "NONE" as const,
    transparencyDuties: [],
  };

  const prohibited = screenProhibitedPractices(answers.prohibitedPractices);
  if (prohibited.prohibited) {
    const stop = {
      step: CLASSIFICATION_STEPS.tier,
      reference: "Art. 5",
      text: "PROHIBITED: the remaining steps are not assessed, since the system may not be offered or used.",
    };
    return { classification: { ...unassessed, riskTier: "PROHIBITED" }, reasons: [...prohibited.reasons, stop], obligationContext };
  }

  const annexI = assessAnnexI(answers.annexI);
  const annexIII = assessAnnexIII(answers.annexIIIPoint);
  const annexIIIUse = annexIII.area !== null;
  const derogation = assessArt6_3Derogation(answers.art6_3, { annexIIIUse, annexIProduct: annexI.highRisk, profiling: answers.profiling });
  const transparency = transparencyDutiesFromAnswers(answers.art50);
  const gpai = assessGpaiStatus(answers.gpai);
  const highRiskRoute = annexI.highRisk ? "ANNEX_I" : annexIIIUse && !derogation.derogation ? "ANNEX_III" : null;
  const tier = suggestRiskTier({ highRiskRoute, derogation: derogation.derogation, transparencyDuties: transparency.duties });

  return {
    classification: {
      ...unassessed,
      riskTier: tier.riskTier,
      highRiskRoute,
      annexIIIArea: annexIII.area,
      annexIIIPoint: annexIII.point,
      art6_3Derogation: derogation.derogation,
      art6_3Justification: derogation.justification,
      gpaiStatus: gpai.status,
      transparencyDuties: transparency.duties,
    },
    reasons: [
      ...prohibited.reasons,
      annexI.reason,
      annexIII.reason,
      ...(derogation.reason ? [derogation.reason] : []),
      ...transparency.reasons,
      gpai.reason,
      tier.reason,
    ],
    obligationContext,
  };
}
