import { z } from "zod";
import { optionalId, optionalText } from "../shared/input";
import { pageArgs, paginate } from "../shared/pagination";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";

/**
 * An instant to read the trail at or filter it by (a Date or an ISO 8601 string): any valid instant,
 * since a bound far in the past or future is a legitimate question (unlike a date that is stored).
 */
export const trailInstant = z
  .union([z.date(), z.string()])
  .transform((v) => (v instanceof Date ? v : new Date(v)))
  .refine((d) => !Number.isNaN(d.getTime()), "must be a valid date-time");

export const auditEventFilter = z.object({
  subjectType: optionalText(100),
  subjectId: optionalId,
  actorId: optionalId,
  action: optionalText(100),
  from: trailInstant.nullish(),
  to: trailInstant.nullish(),
});
export type AuditEventFilter = z.input<typeof auditEventFilter>;

/** The audit trail, newest first. */
export const listAuditEvents = useCase({
  permission: Permission.AUDIT_READ,
  input: z.object({ filter: auditEventFilter.nullish(), page: pageArgs }),
  async run({ filter, page }) {
    const f: Partial<NonNullable<typeof filter>> = filter ?? {};
    const where = {
      ...(f.subjectType ? { subjectType: f.subjectType } : {}),
      ...(f.subjectId ? { subjectId: f.subjectId } : {}),
      ...(f.actorId ? { actorId: f.actorId } : {}),
      ...(f.action ? { action: f.action } : {}),
      ...(f.from || f.to ? { createdAt: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lte: f.to } : {}) } } : {}),
    };
    const db = reader();
    return paginate(
      page,
      (q) => db.auditEvent.findMany({ where, orderBy: [{ seq: "desc" }, { id: "desc" }], ...q }),
      () => db.auditEvent.count({ where }),
    );
  },
});
