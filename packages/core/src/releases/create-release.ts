import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf, type Actor } from "../shared/actor";
import { notFound } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { writeTransaction } from "../shared/transaction";
import { validateRelease, type CreateReleaseInput } from "./release-input";

/**
 * Creates the next release of a system (1, 2, 3 … per system). The system's counter is incremented
 * inside the transaction, which locks it: concurrent creators queue and never share a number.
 */
export async function createRelease(opts: { actor: Actor; input: CreateReleaseInput }) {
  authorize(opts.actor, Permission.WRITE);
  const { systemId, components, ...fields } = validateRelease(opts.input);
  const versionIds = [...new Set(components.flatMap((c) => (c.modelVersionId ? [c.modelVersionId] : [])))];
  return writeTransaction(async (tx) => {
    await findInOrg(opts.actor, "AI system", systemId, (where) => tx.aISystem.findFirst({ where, select: { id: true } }));
    if (versionIds.length) {
      const found = await tx.modelVersion.findMany({ where: { id: { in: versionIds }, organizationId: opts.actor.organizationId }, select: { id: true } });
      const known = new Set(found.map((v) => v.id));
      const missing = versionIds.find((id) => !known.has(id));
      if (missing) throw notFound("Model version", missing);
    }
    const { latestReleaseNumber: number } = await tx.aISystem.update({
      where: { id: systemId },
      data: { latestReleaseNumber: { increment: 1 } },
      select: { latestReleaseNumber: true },
    });
    const created = await tx.release.create({
      data: {
        ...fields,
        organizationId: opts.actor.organizationId,
        systemId,
        number,
        createdById: personOf(opts.actor),
        components: { create: components },
      },
      include: { components: { orderBy: { position: "asc" } } },
    });
    await appendAuditEvent(tx, opts.actor, { action: "release.create", subjectId: created.id });
    return created;
  });
}
