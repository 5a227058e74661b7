import type { Actor } from "../shared/actor";
import { paginate, type PageArgs } from "../shared/pagination";
import { authorize, Permission } from "../shared/permissions";
import { inOrg } from "../shared/scope";
import { reader } from "../shared/transaction";
import { dateValue, optionalText } from "../shared/validate";

export interface AuditEventFilter {
  subjectType?: string | null;
  subjectId?: string | null;
  actorId?: string | null;
  action?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export async function listAuditEvents(opts: { actor: Actor; filter?: AuditEventFilter; page: PageArgs }) {
  authorize(opts.actor, Permission.AUDIT_READ);
  const f = opts.filter ?? {};
  const from = dateValue("filter.from", f.from);
  const to = dateValue("filter.to", f.to);
  const where = inOrg(opts.actor, {
    ...(f.subjectType ? { subjectType: optionalText("filter.subjectType", f.subjectType, 100)! } : {}),
    ...(f.subjectId ? { subjectId: f.subjectId } : {}),
    ...(f.actorId ? { actorId: f.actorId } : {}),
    ...(f.action ? { action: optionalText("filter.action", f.action, 100)! } : {}),
    ...(from || to ? { createdAt: { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) } } : {}),
  });
  const db = reader();
  return paginate(
    opts.page,
    (q) => db.auditEvent.findMany({ where, orderBy: [{ seq: "desc" }, { id: "desc" }], ...q }),
    () => db.auditEvent.count({ where }),
  );
}
