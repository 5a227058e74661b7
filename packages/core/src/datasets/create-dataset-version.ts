// Registers a version of a dataset. Its number comes from incrementing Dataset.latestVersionNumber in
// the same transaction: the row lock makes concurrent registrations queue, so numbers never repeat or skip.
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf, type Actor } from "../shared/actor";
import { invalid } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg } from "../shared/scope";
import { writeTransaction } from "../shared/transaction";
import { dateValue, intInRange, optionalSha256, optionalText, uri } from "../shared/validate";

export interface CreateDatasetVersionInput {
  datasetId: string;
  uri: string;
  /** sha256 of the data, optional. */
  digest?: string | null;
  rowCount?: number | null;
  collectionStart?: Date | string | null;
  collectionEnd?: Date | string | null;
  description?: string | null;
}

export function datasetVersionFields(i: CreateDatasetVersionInput) {
  const collectionStart = dateValue("collectionStart", i.collectionStart) ?? null;
  const collectionEnd = dateValue("collectionEnd", i.collectionEnd) ?? null;
  if (collectionStart && collectionEnd && collectionStart > collectionEnd) {
    throw invalid("collectionEnd", "must not be before collectionStart");
  }
  return {
    uri: uri("uri", i.uri),
    digest: optionalSha256("digest", i.digest) ?? null,
    rowCount: intInRange("rowCount", i.rowCount, 0, 2_147_483_647) ?? null,
    collectionStart,
    collectionEnd,
    description: optionalText("description", i.description) ?? null,
  };
}

export async function createDatasetVersion(opts: { actor: Actor; input: CreateDatasetVersionInput }) {
  authorize(opts.actor, Permission.WRITE);
  const data = datasetVersionFields(opts.input);
  return writeTransaction(async (tx) => {
    const dataset = await findInOrg(opts.actor, "Dataset", opts.input.datasetId, (where) => tx.dataset.findFirst({ where, select: { id: true } }));
    const { latestVersionNumber: number } = await tx.dataset.update({
      where: { id: dataset.id },
      data: { latestVersionNumber: { increment: 1 } },
      select: { latestVersionNumber: true },
    });
    const created = await tx.datasetVersion.create({
      data: { ...data, number, datasetId: dataset.id, organizationId: opts.actor.organizationId, createdById: personOf(opts.actor) },
    });
    await appendAuditEvent(tx, opts.actor, { action: "datasetVersion.create", subjectId: created.id });
    return created;
  });
}
