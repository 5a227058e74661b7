// Takes a signed checkpoint of an organisation's audit chain: its head now, signed with the configured
// key. Cheap (one statement and a signature): it does not replay the chain, it only refuses to sign a
// head that disagrees with the last event (verify the chain for more).
import { config } from "@canon/config";
import type { Actor } from "../shared/actor";
import { systemActor } from "../shared/actor";
import { CanonError, ErrorCode, notFound } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { GENESIS_HASH } from "./canonical";
import { AUDIT_CHECKPOINT_SCHEME, signCheckpoint, type AuditCheckpoint } from "./checkpoint";

interface HeadRow {
  slug: string;
  headSeq: unknown;
  headHash: string | null;
  lastSeq: unknown;
  lastHash: string | null;
}

export async function createAuditCheckpoint(opts: { actor: Actor }): Promise<AuditCheckpoint> {
  authorize(opts.actor, Permission.AUDIT_READ);
  const organizationId = opts.actor.organizationId;
  // One statement, so the head and the last event come from the same snapshot on both stores.
  const [row] = await reader().$queryRaw<HeadRow[]>`
    SELECT o."slug" AS "slug", h."seq" AS "headSeq", h."hash" AS "headHash", e."seq" AS "lastSeq", e."hash" AS "lastHash"
    FROM "Organization" o
    LEFT JOIN "AuditChainHead" h ON h."organizationId" = o."id"
    LEFT JOIN "AuditEvent" e ON e."organizationId" = o."id"
      AND e."seq" = (SELECT max(m."seq") FROM "AuditEvent" m WHERE m."organizationId" = o."id")
    WHERE o."id" = ${organizationId}`;
  if (!row) throw notFound("Organisation");
  const headSeq = row.headSeq === null ? 0 : Number(row.headSeq);
  const headHash = row.headHash ?? GENESIS_HASH;
  const lastSeq = row.lastSeq === null ? 0 : Number(row.lastSeq);
  const lastHash = row.lastHash ?? GENESIS_HASH;
  if (headSeq !== lastSeq || headHash !== lastHash) {
    throw new CanonError(
      ErrorCode.PRECONDITION_FAILED,
      `The audit chain head (seq ${headSeq}) disagrees with the last event (seq ${lastSeq}): no checkpoint is signed; run verifyAuditChain`,
    );
  }
  const signing = config().auditSigning;
  return signCheckpoint(
    { scheme: AUDIT_CHECKPOINT_SCHEME, organizationId, organizationSlug: row.slug, seq: headSeq, hash: headHash, createdAt: new Date().toISOString(), publicKey: signing.publicKey },
    signing.privateKeyPem,
  );
}

/** What `npm run audit:checkpoint -- --org SLUG` runs: a checkpoint taken by the system. */
export async function createAuditCheckpointOf(slug: string): Promise<AuditCheckpoint> {
  const org = await reader().organization.findUnique({ where: { slug }, select: { id: true } });
  if (!org) throw notFound(`Organisation "${slug}"`);
  return createAuditCheckpoint({ actor: systemActor(org.id, "audit-checkpoint") });
}
