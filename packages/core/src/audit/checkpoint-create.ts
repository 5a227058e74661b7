// Takes a signed checkpoint of an organisation's audit chain: its head now, signed with the configured
// key. Cheap (one statement and a signature): it does not replay the chain, it only refuses to sign a
// head that disagrees with the last event (verify the chain for more).
import { config } from "@canon/config";
import { Prisma } from "@canon/db";
import { z } from "zod";
import { systemActor } from "../shared/actor";
import { CanonError, ErrorCode, notFound } from "../shared/errors";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { T } from "../sql/names";
import { GENESIS_HASH } from "./canonical";
import { AUDIT_CHECKPOINT_SCHEME, signCheckpoint, type AuditCheckpoint } from "./checkpoint";

interface HeadRow {
  slug: string;
  headSeq: unknown;
  headHash: string | null;
  lastSeq: unknown;
  lastHash: string | null;
}

const O = T.Organization;
const H = T.AuditChainHead;
const E = T.AuditEvent;

// One statement, so the head and the last event come from the same snapshot on both stores. Raw SQL is
// not scoped by the extension: the organisation is the statement's own condition (a bound parameter).
const HEAD_SQL = Prisma.raw(`
  SELECT o.${O.c.slug} AS "slug", h.${H.c.seq} AS "headSeq", h.${H.c.hash} AS "headHash", e.${E.c.seq} AS "lastSeq", e.${E.c.hash} AS "lastHash"
  FROM ${O.name} o
  LEFT JOIN ${H.name} h ON h.${H.c.organizationId} = o.${O.c.id}
  LEFT JOIN ${E.name} e ON e.${E.c.organizationId} = o.${O.c.id}
    AND e.${E.c.seq} = (SELECT max(m.${E.c.seq}) FROM ${E.name} m WHERE m.${E.c.organizationId} = o.${O.c.id})
  WHERE o.${O.c.id} = `);

export const createAuditCheckpoint = useCase({
  permission: Permission.AUDIT_READ,
  // No arguments besides the actor (z.object({}) types its input as Record<string, never>, which refuses the actor).
  input: z.looseObject({}),
  async run({ actor }): Promise<AuditCheckpoint> {
    const organizationId = actor.organizationId;
    const [row] = await reader().$queryRaw<HeadRow[]>`${HEAD_SQL}${organizationId}`;
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
      {
        scheme: AUDIT_CHECKPOINT_SCHEME,
        organizationId,
        organizationSlug: row.slug,
        seq: headSeq,
        hash: headHash,
        createdAt: new Date().toISOString(),
        publicKey: signing.publicKey,
      },
      signing.privateKeyPem,
    );
  },
});

/** What `npm run audit:checkpoint -- --org SLUG` runs: a checkpoint taken by the system. */
export async function createAuditCheckpointOf(slug: string): Promise<AuditCheckpoint> {
  const org = await reader().organization.findUnique({ where: { slug }, select: { id: true } });
  if (!org) throw notFound(`Organisation "${slug}"`);
  return createAuditCheckpoint({ actor: systemActor(org.id, "audit-checkpoint") });
}
