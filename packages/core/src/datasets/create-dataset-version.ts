// Registers a version of a dataset. Its number comes from incrementing Dataset.latestVersionNumber in
// the same transaction: the row lock makes concurrent registrations queue, so numbers never repeat or skip.
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf } from "../shared/actor";
import { invalid, notFound } from "../shared/errors";
import { artifactUri, dateTime, id, INT_MAX, intInRange, optionalSha256, optionalText } from "../shared/input";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";

export const createDatasetVersionInput = z.object({
  datasetId: id,
  /** Where the data lives, e.g. s3://bucket/path. */
  uri: artifactUri,
  /** sha256 of the data, optional. */
  digest: optionalSha256,
  rowCount: intInRange(0, INT_MAX).nullish(),
  collectionStart: dateTime.nullish(),
  collectionEnd: dateTime.nullish(),
  description: optionalText(),
});
export type CreateDatasetVersionInput = z.input<typeof createDatasetVersionInput>;

/** Column values of a new version; the collection window may not end before it starts. */
export function datasetVersionData(i: z.output<typeof createDatasetVersionInput>) {
  const collectionStart = i.collectionStart ?? null;
  const collectionEnd = i.collectionEnd ?? null;
  if (collectionStart && collectionEnd && collectionStart > collectionEnd) {
    throw invalid("collectionEnd", "must not be before collectionStart");
  }
  return { uri: i.uri, digest: i.digest ?? null, rowCount: i.rowCount ?? null, collectionStart, collectionEnd, description: i.description ?? null };
}

export const createDatasetVersion = useCase({
  permission: Permission.WRITE,
  input: z.object({ input: createDatasetVersionInput }),
  async run({ actor, input }) {
    const data = datasetVersionData(input);
    return writeTransaction(async (tx) => {
      const dataset = await tx.dataset.findUnique({ where: { id: input.datasetId }, select: { id: true } });
      if (!dataset) throw notFound("Dataset", input.datasetId);
      const { latestVersionNumber: number } = await tx.dataset.update({
        where: { id: dataset.id },
        data: { latestVersionNumber: { increment: 1 } },
        select: { latestVersionNumber: true },
      });
      const created = await tx.datasetVersion.create({
        data: { ...data, number, datasetId: dataset.id, createdById: personOf(actor) } as any,
      });
      await appendAuditEvent(tx, actor, { action: "datasetVersion.create", subjectId: created.id });
      return created;
    });
  },
});
