// Who may decide a request: a role the policy names, and never the person (or token) who requested it
// or created its subject — admins included. Identities are compared by actorId: a user's id, or an API
// token's own id (a token is not its creator: a decision through a token counts as that token).
import type { ApprovalRequestModel } from "@canon/db";
import type { Actor } from "../shared/actor";
import { CanonError, ErrorCode } from "../shared/errors";
import type { ApprovalSubject } from "./approval-subject";
import type { ApprovalPolicyRules } from "./policy-rules";

const refuse = (rule: string, message: string) => new CanonError(ErrorCode.FORBIDDEN, message, undefined, { rule });

export function assertMayDecide(actor: Actor, request: Pick<ApprovalRequestModel, "id" | "requestedById">, subject: ApprovalSubject, policy: ApprovalPolicyRules): void {
  if (request.requestedById === actor.actorId) {
    throw refuse("SEGREGATION_OF_DUTIES", `Segregation of duties: you requested this approval (request ${request.id}) and may not decide on it`);
  }
  if (subject.createdById && subject.createdById === actor.actorId) {
    throw refuse("SEGREGATION_OF_DUTIES", `Segregation of duties: you created ${subject.label} and may not decide on its approval`);
  }
  if (!policy.approverRoles.includes(actor.role)) {
    const roles = policy.approverRoles.length ? policy.approverRoles.join(", ") : "none";
    throw refuse("APPROVER_ROLE", `Role ${actor.role} may not decide under the ${policy.riskTier} approval policy (approver roles: ${roles})`);
  }
}
