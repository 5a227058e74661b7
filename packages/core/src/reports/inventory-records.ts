// The records an AI inventory is built from, as the audit trail holds them at one instant: whole rows as
// canonical JSON (dates as ISO strings, owned rows inlined), by id. Read only through the as-of readers.
import { recordAsOf, recordsAsOf, seqAt } from "../audit/as-of";

export type AuditRecord = Record<string, unknown>;

export interface InventoryRecords {
  organization: AuditRecord | null;
  memberships: Map<string, AuditRecord>;
  systems: Map<string, AuditRecord>;
  models: Map<string, AuditRecord>;
  versions: Map<string, AuditRecord>;
  aliases: Map<string, AuditRecord>;
  releases: Map<string, AuditRecord>;
  deployments: Map<string, AuditRecord>;
}

/** Every record the inventory needs, as of `at`. Call inside the organisation's scope. */
export async function readInventoryRecords(organizationId: string, at: Date, position?: { seq: number }): Promise<InventoryRecords> {
  const upTo = position ?? { seq: await seqAt(organizationId, at) };
  const [organizations, memberships, systems, models, versions, aliases, releases, deployments] = await Promise.all([
    recordsAsOf(organizationId, "Organization", upTo),
    recordsAsOf(organizationId, "Membership", upTo),
    recordsAsOf(organizationId, "AISystem", upTo),
    recordsAsOf(organizationId, "Model", upTo),
    recordsAsOf(organizationId, "ModelVersion", upTo),
    recordsAsOf(organizationId, "Alias", upTo),
    recordsAsOf(organizationId, "Release", upTo),
    recordsAsOf(organizationId, "Deployment", upTo),
  ]);
  // Before the organisation existed there is nothing to list, but the report still names it.
  const organization = organizations.get(organizationId) ?? (await recordAsOf(organizationId, "Organization", organizationId)).record;
  return { organization, memberships, systems, models, versions, aliases, releases, deployments };
}
