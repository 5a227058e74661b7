// Asking for an export of the audit trail between two instants (AUDIT_READ): a report run and its job
// (report.audit-export) in one audited transaction, through requestReport. The export is CSV (for
// reading, optionally only the events about one subject type) or JSON Lines (the verifiable form, always
// every event of the range: a subject-type filter is refused, see audit-export-kind.ts).
import { z } from "zod";
import { isSubjectType } from "../../audit/subject-records";
import { invalid } from "../../shared/errors";
import { dateTime, optionalText } from "../../shared/input";
import { Permission } from "../../shared/permissions";
import { useCase } from "../../shared/use-case";
import { requestReport } from "../runs/request-report";
import { AUDIT_EXPORT_FORMATS, AUDIT_EXPORT_JOB_KIND, SUBJECT_FILTER_REFUSAL } from "./audit-export-kind";

export const requestAuditExport = useCase({
  permission: Permission.AUDIT_READ,
  input: z.object({
    format: z.enum(AUDIT_EXPORT_FORMATS),
    from: dateTime,
    to: dateTime,
    subjectType: optionalText(100),
  }),
  async run({ actor, format, from, to, subjectType }) {
    if (from > to) throw invalid("to", "must not be before from");
    if (subjectType && !isSubjectType(subjectType)) throw invalid("subjectType", `"${subjectType}" is not a subject type of the audit trail`);
    if (subjectType && format === "JSONL") throw invalid("subjectType", SUBJECT_FILTER_REFUSAL);
    const now = new Date();
    return requestReport({
      actor,
      jobKind: AUDIT_EXPORT_JOB_KIND,
      reportKind: "audit-export",
      format,
      // The run describes the trail up to `to`, or up to when it was asked for if `to` is later.
      asOf: to < now ? to : now,
      jobInput: { format, from: from.toISOString(), to: to.toISOString(), ...(subjectType ? { subjectType } : {}) },
    });
  },
});
