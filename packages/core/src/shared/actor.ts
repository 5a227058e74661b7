import type { Role } from "@canon/db";

/** Who is calling: every core function receives it explicitly. */
export interface Actor {
  organizationId: string;
  actorType: "USER" | "TOKEN" | "SYSTEM";
  /** User id, API token id, or a system label such as "seed". */
  actorId: string;
  role: Role;
}

/** For scripts and jobs acting on an organisation's behalf (seeding, migrations of data). */
export function systemActor(organizationId: string, label = "system"): Actor {
  return { organizationId, actorType: "SYSTEM", actorId: label, role: "ADMIN" };
}
