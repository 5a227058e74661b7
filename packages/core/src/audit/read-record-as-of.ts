// The audit-read face of the as-of reader: one subject's recorded state at an instant, for auditors
// (reports use recordAsOf/recordsAsOf directly, under their own permission).
import { z } from "zod";
import { requiredText } from "../shared/input";
import { Permission } from "../shared/permissions";
import { useCase } from "../shared/use-case";
import { recordAsOf } from "./as-of";
import { trailInstant } from "./list-audit-events";
import { SUBJECT_TYPES } from "./subject-records";

export const readRecordAsOf = useCase({
  permission: Permission.AUDIT_READ,
  input: z.object({
    subjectType: requiredText(100).pipe(z.enum(SUBJECT_TYPES)),
    subjectId: requiredText(100),
    at: trailInstant.nullish(),
  }),
  async run({ actor, subjectType, subjectId, at }) {
    return recordAsOf(actor.organizationId, subjectType, subjectId, at ?? undefined);
  },
});
