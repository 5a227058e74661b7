// Record an evidence item, or change one. Linking it to the requirements it backs happens on the
// assessments (setControlAssessment's evidenceIds), so one item can back many requirements.
import { EvidenceKind } from "@canon/db";
import { z } from "zod";
import { appendAuditEvent } from "../audit/append-audit-event";
import { personOf } from "../shared/actor";
import { notFound } from "../shared/errors";
import { defined, id, requiredText } from "../shared/input";
import { assertMember } from "../shared/members";
import { Permission } from "../shared/permissions";
import { writeTransaction } from "../shared/transaction";
import { useCase } from "../shared/use-case";
import { evidenceFieldsInput, settleEvidence, type EvidenceState } from "./evidence-input";

export const createEvidence = useCase({
  permission: Permission.WRITE,
  input: z.object({ input: evidenceFieldsInput.extend({ title: requiredText(300), kind: z.enum(EvidenceKind) }) }),
  async run({ actor, input }) {
    return writeTransaction(async (tx) => {
      await assertMember(tx, "ownerId", input.ownerId);
      const state = await settleEvidence(tx, {
        kind: input.kind,
        url: input.url ?? null,
        sha256: input.sha256 ?? null,
        recordType: null,
        recordId: input.recordId ?? null,
        validFrom: input.validFrom ?? null,
        validUntil: input.validUntil ?? null,
      });
      const created = await tx.evidence.create({
        data: { ...state, title: input.title, description: input.description ?? null, ownerId: input.ownerId ?? null, createdById: personOf(actor) } as any,
      });
      await appendAuditEvent(tx, actor, { action: "evidence.create", subjectId: created.id });
      return created;
    });
  },
});

/** Partial update: omitted fields are left unchanged. */
export const updateEvidence = useCase({
  permission: Permission.WRITE,
  input: z.object({ id, input: evidenceFieldsInput }),
  async run({ actor, id, input }) {
    return writeTransaction(async (tx) => {
      const before = await tx.evidence.findUnique({ where: { id } });
      if (!before) throw notFound("Evidence", id);
      await assertMember(tx, "ownerId", input.ownerId);
      const given = defined(input);
      const state = await settleEvidence(tx, {
        kind: (given.kind ?? before.kind) as EvidenceState["kind"],
        url: input.url !== undefined ? input.url : before.url,
        sha256: input.sha256 !== undefined ? input.sha256 : before.sha256,
        recordType: before.recordType,
        recordId: input.recordId !== undefined ? input.recordId : before.recordId,
        validFrom: input.validFrom !== undefined ? input.validFrom : before.validFrom,
        validUntil: input.validUntil !== undefined ? input.validUntil : before.validUntil,
      });
      const after = await tx.evidence.update({
        where: { id: before.id },
        data: {
          ...state,
          ...(given.title ? { title: given.title } : {}),
          ...(input.description !== undefined ? { description: input.description } : {}),
          ...(input.ownerId !== undefined ? { ownerId: input.ownerId } : {}),
        },
        include: { links: { select: { assessmentId: true } } },
      });
      await appendAuditEvent(tx, actor, { action: "evidence.update", subjectId: after.id });
      return after;
    });
  },
});
