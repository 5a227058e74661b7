import { can, CanonError, ErrorCode, type Permission } from "@canon/core";
import type { AuthChecker } from "type-graphql";
import type { Context } from "./context";

export const authChecker: AuthChecker<Context, string> = ({ context }, permissions) => {
  const actor = context.actor;
  if (!actor) throw new CanonError(ErrorCode.UNAUTHENTICATED, "Authentication required: send an API token as 'Authorization: Bearer <token>'");
  const missing = permissions.find((p) => !can(actor.role, p as Permission));
  if (missing) throw new CanonError(ErrorCode.FORBIDDEN, `Role ${actor.role} may not perform this operation (needs ${missing})`);
  return true;
};
