import type { Role } from "@canon/db";

/**
 * Who is calling: every core function receives it explicitly. The credential (a session's user id, an
 * API token's id, or a system label) is what the audit trail records as `actorId`; the person behind
 * it (`userId`) is the unit of segregation of duties and what every "…ById" column records.
 */
export interface Actor {
  organizationId: string;
  actorType: "USER" | "TOKEN" | "SYSTEM";
  /** User id (session), API token id, or a system label such as "seed". */
  actorId: string;
  /** The member behind the credential; null only for the system. */
  userId: string | null;
  /** The effective role: for a token, never more than its owner's current role. */
  role: Role;
  /** A service account (pipelines): never decides an approval. */
  service: boolean;
  /** For a token: the person who issued it (an admin, or the owner themself). */
  issuedById?: string | null;
}

/** For scripts and jobs acting on an organisation's behalf (migrations of data, verification). */
export function systemActor(organizationId: string, label = "system"): Actor {
  return { organizationId, actorType: "SYSTEM", actorId: label, userId: null, role: "ADMIN", service: false };
}

/** A member acting in person (a portal session, a seed acting as a demo person). */
export function userActor(organizationId: string, userId: string, role: Role, service = false): Actor {
  return { organizationId, actorType: "USER", actorId: userId, userId, role, service };
}

/**
 * The person an action is attributed to, as stored in every "…ById" column: the member's user id, or
 * `system:<label>` for the system (which is nobody, and so can never decide an approval).
 */
export function personOf(actor: Actor): string {
  return actor.userId ?? `system:${actor.actorId}`;
}
