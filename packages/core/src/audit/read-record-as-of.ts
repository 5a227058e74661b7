// The audit-read face of the as-of reader: one subject's recorded state at an instant, for auditors
// (reports use recordAsOf/recordsAsOf directly, under their own permission).
import type { Actor } from "../shared/actor";
import { invalid } from "../shared/errors";
import { authorize, Permission } from "../shared/permissions";
import { dateValue, requiredText } from "../shared/validate";
import { recordAsOf } from "./as-of";
import { isSubjectType, SUBJECT_TYPES } from "./subject-records";

export async function readRecordAsOf(opts: { actor: Actor; subjectType: string; subjectId: string; at?: Date | string | null }) {
  authorize(opts.actor, Permission.AUDIT_READ);
  const subjectType = requiredText("subjectType", opts.subjectType, 100);
  if (!isSubjectType(subjectType)) throw invalid("subjectType", `must be one of ${SUBJECT_TYPES.join(", ")}`);
  const subjectId = requiredText("subjectId", opts.subjectId, 100);
  const at = dateValue("at", opts.at) ?? undefined;
  return recordAsOf(opts.actor.organizationId, subjectType, subjectId, at);
}
