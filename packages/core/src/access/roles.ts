// The roles, and how they compare. Roles are ordered by the permissions they grant: a role is within
// another when every permission of the first is also granted by the second (AUDITOR is within
// APPROVER and ADMIN, but not within CONTRIBUTOR). A token's effective role is the largest role within
// both the token's own role and its owner's current role.
import { Role } from "@canon/db";
import { can, Permission } from "../shared/permissions";

export const ROLES: readonly Role[] = Object.values(Role);

const PERMISSIONS = Object.values(Permission);

export function roleWithin(role: Role, limit: Role): boolean {
  return PERMISSIONS.every((p) => !can(role, p) || can(limit, p));
}

/** The largest role within both (the permissions both grant). VIEWER at least: every member reads. */
export function commonRole(a: Role, b: Role): Role {
  const candidates = ROLES.filter((r) => roleWithin(r, a) && roleWithin(r, b));
  return candidates.reduce((best, r) => (roleWithin(best, r) ? r : best), "VIEWER" as Role);
}
