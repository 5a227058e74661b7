// Only the description and tags of a version may change; the artifact, digest, provenance and
// lineage are fixed at registration (a change is a new version). An approved version is fully immutable.
import { appendAuditEvent } from "../audit/append-audit-event";
import type { Actor } from "../shared/actor";
import { conflict } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { writeTransaction } from "../shared/transaction";
import { optionalText, tags as validTags } from "../shared/validate";

export interface UpdateModelVersionInput {
  description?: string | null;
  /** Replaces the whole tag list. */
  tags?: string[] | null;
}

export async function updateModelVersion(opts: { actor: Actor; id: string; input: UpdateModelVersionInput }) {
  authorize(opts.actor, Permission.WRITE);
  const description = optionalText("description", opts.input.description);
  const tags = validTags("tags", opts.input.tags);
  return writeTransaction(async (tx) => {
    const before = await findInOrg(opts.actor, "Model version", opts.id, (where) =>
      tx.modelVersion.findFirst({ where, include: { tags: true, lineage: true } }));
    if (before.approvedAt) throw conflict(`Model version ${before.id} was approved and can no longer change; register a new version`);
    const after = await tx.modelVersion.update({
      where: { id: before.id },
      data: {
        ...(description !== undefined ? { description } : {}),
        ...(tags ? { tags: { deleteMany: {}, create: tags.map((tag) => ({ tag })) } } : {}),
      },
    });
    await appendAuditEvent(tx, opts.actor, { action: "modelVersion.update", subjectId: after.id });
    return after;
  });
}
