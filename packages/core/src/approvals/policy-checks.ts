// Does the subject meet the policy? Pure: policy + subject + evidence in, the unmet rules out, each with
// a message that says what is missing.
import type { ApprovalSubject } from "./approval-subject";
import type { Evidence } from "./approval-evidence";
import type { ApprovalPolicyRules } from "./policy-rules";

export type RuleName =
  | "PROHIBITED"
  | "CLASSIFICATION"
  | "EVALUATION_SUITE"
  | "CARD_COMPLETENESS"
  | "SUBJECT_ARCHIVED"
  | "STAGE_ORDER"
  | "ALIAS_TARGET"
  | "ARCHIVE_PREVIOUS"
  | "COMPONENT_NOT_APPROVED";

export interface UnmetRule {
  rule: RuleName;
  message: string;
}

const two = (n: number) => n.toFixed(2);

export function policyFailures(policy: ApprovalPolicyRules, subject: ApprovalSubject, evidence: Evidence): UnmetRule[] {
  const out: UnmetRule[] = [];
  if (policy.blocked) {
    out.push({ rule: "PROHIBITED", message: `${subject.label} belongs to a PROHIBITED AI system (EU AI Act Art. 5) and can never be approved` });
    return out;
  }
  if (policy.requireClassification) {
    if (!subject.system)
      out.push({
        rule: "CLASSIFICATION",
        message: `${subject.label} is not linked to an AI system; the ${policy.riskTier} policy requires a classified system`,
      });
    else if (!subject.system.classifiedAt)
      out.push({
        rule: "CLASSIFICATION",
        message: `AI system "${subject.system.reference}" is not classified; the ${policy.riskTier} policy requires classification first`,
      });
  }
  for (const v of evidence.versions) {
    for (const suite of policy.requiredSuites) {
      const run = v.evaluations.find((e) => e.suite === suite);
      if (!run) out.push({ rule: "EVALUATION_SUITE", message: `evaluation suite '${suite}' has no passed run on ${v.label} (never run)` });
      else if (!run.passed)
        out.push({
          rule: "EVALUATION_SUITE",
          message: `evaluation suite '${suite}' has no passed run on ${v.label} (latest run ${run.evaluationId} at ${run.evaluatedAt} failed)`,
        });
    }
    if (policy.minCardCompleteness > 0) {
      const have = v.card?.completeness ?? 0;
      if (have < policy.minCardCompleteness) {
        const which = v.card ? `revision ${v.card.revision}` : "no card saved";
        out.push({ rule: "CARD_COMPLETENESS", message: `card completeness ${two(have)} < ${two(policy.minCardCompleteness)} on ${v.label} (${which})` });
      }
    }
  }
  return out;
}
