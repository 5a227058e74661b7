// Who may do what. Core functions call `authorize`; the API declares the same permission on every
// operation (and a test walks the schema to make sure none is missing).
import type { Role } from "@canon/db";
import type { Actor } from "./actor";
import { forbidden } from "./errors";

export const Permission = {
  /** Read the registry: systems, models, versions, datasets, evaluations, cards, releases, deployments. */
  READ: "READ",
  /** Register and change registry entries. */
  WRITE: "WRITE",
  /** EU AI Act classification of a system (risk tier, Annex III, derogations). */
  CLASSIFY: "CLASSIFY",
  /** Members' contact details (email); without it, members are seen by name only. */
  MEMBER_CONTACTS: "MEMBER_CONTACTS",
  /** Read the audit trail, verify it, and anything that exports it (audit export, evidence packs). */
  AUDIT_READ: "AUDIT_READ",
  /** Organisation profile, members and API tokens. */
  ADMIN: "ADMIN",
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

const ALL: Role[] = ["VIEWER", "CONTRIBUTOR", "APPROVER", "AUDITOR", "ADMIN"];

export const ROLES_BY_PERMISSION: Record<Permission, readonly Role[]> = {
  READ: ALL,
  WRITE: ["CONTRIBUTOR", "APPROVER", "ADMIN"],
  CLASSIFY: ["APPROVER", "ADMIN"],
  MEMBER_CONTACTS: ["CONTRIBUTOR", "APPROVER", "AUDITOR", "ADMIN"],
  AUDIT_READ: ["AUDITOR", "APPROVER", "ADMIN"],
  ADMIN: ["ADMIN"],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLES_BY_PERMISSION[permission].includes(role);
}

export function authorize(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) {
    throw forbidden(`Role ${actor.role} may not perform this operation (needs ${permission})`);
  }
}
