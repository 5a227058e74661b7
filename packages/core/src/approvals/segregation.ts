// Who may decide a request: a person (not the system, not a service account) whose role the policy
// names, and never the person who requested it or created its subject — admins included. People are
// compared, not credentials: every token acts for its owner, so a person's tokens and sessions are one.
// A token also carries the person who issued it: a token that the requester or the subject's creator
// issued to somebody else never decides (an admin cannot approve through a member it minted a token for).
import type { ApprovalRequestModel } from "@canon/db";
import { personOf, type Actor } from "../shared/actor";
import { CanonError, ErrorCode } from "../shared/errors";
import type { ApprovalSubject } from "./approval-subject";
import type { ApprovalPolicyRules } from "./policy-rules";

const refuse = (rule: string, message: string) => new CanonError(ErrorCode.FORBIDDEN, message, undefined, { rule, rules: [{ rule, message }] });

export function assertMayDecide(
  actor: Actor,
  request: Pick<ApprovalRequestModel, "id" | "requestedById">,
  subject: ApprovalSubject,
  policy: ApprovalPolicyRules,
): void {
  if (!actor.userId) {
    throw refuse("NOT_A_PERSON", "Only a person can decide an approval; the system acts for nobody");
  }
  if (actor.service) {
    throw refuse("SERVICE_ACCOUNT", "Service accounts never decide approvals: a person must (the token belongs to a service account)");
  }
  const person = personOf(actor);
  if (request.requestedById === person) {
    throw refuse(
      "SEGREGATION_OF_DUTIES",
      `Segregation of duties: you requested this approval (request ${request.id}) and may not decide on it, through any of your credentials`,
    );
  }
  if (subject.createdById && subject.createdById === person) {
    throw refuse(
      "SEGREGATION_OF_DUTIES",
      `Segregation of duties: you created ${subject.label} and may not decide on its approval, through any of your credentials`,
    );
  }
  const issuer = actor.actorType === "TOKEN" ? (actor.issuedById ?? null) : null;
  if (issuer && issuer !== person && (issuer === request.requestedById || issuer === subject.createdById)) {
    throw refuse(
      "SEGREGATION_OF_DUTIES",
      `Segregation of duties: this token was issued by the person who ${issuer === request.requestedById ? "requested this approval" : `created ${subject.label}`}; decide with a credential you issued yourself`,
    );
  }
  if (!policy.approverRoles.includes(actor.role)) {
    const roles = policy.approverRoles.length ? policy.approverRoles.join(", ") : "none";
    throw refuse("APPROVER_ROLE", `Role ${actor.role} may not decide under the ${policy.riskTier} approval policy (approver roles: ${roles})`);
  }
}
