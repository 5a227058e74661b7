// Every gap rule, in the order their gaps are listed.
import type { GapRule } from "../gap";
import { annexViiiUnfilled } from "./annex-viii-unfilled";
import { assessmentPastReview } from "./assessment-past-review";
import { cardBelowPolicy } from "./card-below-policy";
import { characteristicWithoutPassingEvaluation } from "./characteristic-without-passing-evaluation";
import { deploymentOfUnapprovedVersion } from "./deployment-of-unapproved-version";
import { evidenceExpired } from "./evidence-expired";
import { gpaiWithoutTrainingSummary } from "./gpai-without-training-summary";
import { highRiskWithoutApprovedProduction } from "./high-risk-without-approved-production";
import { obligationNotMet } from "./obligation-not-met";
import { upstreamModelDeprecated } from "./upstream-model-deprecated";

export const GAP_RULES: readonly GapRule[] = [
  highRiskWithoutApprovedProduction,
  deploymentOfUnapprovedVersion,
  obligationNotMet,
  characteristicWithoutPassingEvaluation,
  cardBelowPolicy,
  annexViiiUnfilled,
  assessmentPastReview,
  evidenceExpired,
  gpaiWithoutTrainingSummary,
  upstreamModelDeprecated,
];
