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

/**
 * Every record the inventory needs, as of `at`. Call inside the organisation's scope. A caller that reads
 * the systems itself (with the events that set them) passes `systems: false` and fills them in.
 */
export async function readInventoryRecords(
  organizationId: string,
  at: Date,
  position?: { seq: number },
  options: { systems?: boolean } = {},
): Promise<InventoryRecords> {
  const upTo = position ?? { seq: await seqAt(organizationId, at) };
  // One type at a time (see readComplianceRecords).
  const organizations = await recordsAsOf(organizationId, "Organization", upTo);
  const memberships = await recordsAsOf(organizationId, "Membership", upTo);
  const systems = options.systems === false ? new Map<string, AuditRecord>() : await recordsAsOf(organizationId, "AISystem", upTo);
  const models = await recordsAsOf(organizationId, "Model", upTo);
  const versions = await recordsAsOf(organizationId, "ModelVersion", upTo);
  const aliases = await recordsAsOf(organizationId, "Alias", upTo);
  const releases = await recordsAsOf(organizationId, "Release", upTo);
  const deployments = await recordsAsOf(organizationId, "Deployment", upTo);
  // Before the organisation existed there is nothing to list, but the report still names it.
  const organization = organizations.get(organizationId) ?? (await recordAsOf(organizationId, "Organization", organizationId)).record;
  return { organization, memberships, systems, models, versions, aliases, releases, deployments };
}
