// Verifies the audit chain of every organisation (or of one, by slug), acting as the system: what the
// `npm run audit:verify` command runs against a database, with no API or user involved.
import { systemActor } from "../shared/actor";
import { notFound } from "../shared/errors";
import { acrossOrganizations } from "../shared/tenancy";
import { reader } from "../shared/transaction";
import { verifyAuditChain, type ChainVerification } from "./verify-audit-chain";

export interface OrganizationChainVerification extends ChainVerification {
  organizationId: string;
  slug: string;
  name: string;
}

export async function verifyAllAuditChains(opts: { slug?: string | null } = {}): Promise<OrganizationChainVerification[]> {
  const slug = opts.slug?.trim() || null;
  const organizations = await acrossOrganizations("verifying every organisation's audit chain", () =>
    reader().organization.findMany({ where: slug ? { slug } : {}, orderBy: { slug: "asc" }, select: { id: true, slug: true, name: true } }),
  );
  if (slug && organizations.length === 0) throw notFound(`Organisation "${slug}"`);
  const results: OrganizationChainVerification[] = [];
  for (const org of organizations) {
    // Each chain is verified as its organisation's system, in that organisation's scope.
    const verification = await verifyAuditChain({ actor: systemActor(org.id, "audit-verify") });
    results.push({ organizationId: org.id, slug: org.slug, name: org.name, ...verification });
  }
  return results;
}
