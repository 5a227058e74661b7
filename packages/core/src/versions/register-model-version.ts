// Registers a new version of a model. The version number comes from incrementing
// Model.latestVersionNumber inside the transaction: the row lock queues concurrent registrations of
// one model, so numbers are exactly 1, 2, 3 … with no gap and no duplicate.
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf, type Actor } from "../shared/actor";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { writeTransaction } from "../shared/transaction";
import { assertVersionReferences, versionFields, type RegisterModelVersionInput } from "./version-fields";

export async function registerModelVersion(opts: { actor: Actor; input: RegisterModelVersionInput }) {
  authorize(opts.actor, Permission.WRITE);
  const { data, lineage, tags } = versionFields(opts.input);
  return writeTransaction(async (tx) => {
    const model = await findInOrg(opts.actor, "Model", opts.input.modelId, (where) => tx.model.findFirst({ where, select: { id: true } }));
    await assertVersionReferences(tx, opts.actor, { parentVersionId: data.parentVersionId, lineage });
    const { latestVersionNumber: number } = await tx.model.update({
      where: { id: model.id },
      data: { latestVersionNumber: { increment: 1 } },
      select: { latestVersionNumber: true },
    });
    const created = await tx.modelVersion.create({
      data: {
        ...data,
        number,
        modelId: model.id,
        organizationId: opts.actor.organizationId,
        createdById: personOf(opts.actor),
        tags: { create: tags.map((tag) => ({ tag })) },
        lineage: { create: lineage.map((l) => ({ datasetVersionId: l.datasetVersionId, role: l.role })) },
      },
    });
    await tx.model.update({ where: { id: model.id }, data: { latestVersionId: created.id } });
    await appendAuditEvent(tx, opts.actor, { action: "modelVersion.register", subjectId: created.id });
    return created;
  });
}
