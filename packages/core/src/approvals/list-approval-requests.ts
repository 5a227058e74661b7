import type { ApprovalStatus, ApprovalSubjectType } from "@canon/db";
import type { Actor } from "../shared/actor";
import { paginate, type PageArgs } from "../shared/pagination";
import { authorize, Permission } from "../shared/permissions";
import { findInOrg, inOrg } from "../shared/scope";
import { reader } from "../shared/transaction";

export interface ApprovalRequestFilter {
  status?: ApprovalStatus | null;
  subjectType?: ApprovalSubjectType | null;
  modelVersionId?: string | null;
  releaseId?: string | null;
  requestedById?: string | null;
}

export async function getApprovalRequest(opts: { actor: Actor; id: string }) {
  authorize(opts.actor, Permission.READ);
  return findInOrg(opts.actor, "Approval request", opts.id, (where) => reader().approvalRequest.findFirst({ where }));
}

/** Approval requests of the caller's organisation, newest first. */
export async function listApprovalRequests(opts: { actor: Actor; filter?: ApprovalRequestFilter | null; page: PageArgs }) {
  authorize(opts.actor, Permission.READ);
  const f = opts.filter ?? {};
  const where = inOrg(opts.actor, {
    ...(f.status ? { status: f.status } : {}),
    ...(f.subjectType ? { subjectType: f.subjectType } : {}),
    ...(f.modelVersionId ? { modelVersionId: f.modelVersionId } : {}),
    ...(f.releaseId ? { releaseId: f.releaseId } : {}),
    ...(f.requestedById ? { requestedById: f.requestedById } : {}),
  });
  const db = reader();
  return paginate(
    opts.page,
    (q) => db.approvalRequest.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...q }),
    () => db.approvalRequest.count({ where }),
  );
}

/** Batch load for DataLoaders: the decisions of each request, oldest first (empty for foreign ids). */
export async function loadApprovalDecisions(opts: { actor: Actor; ids: readonly string[] }) {
  authorize(opts.actor, Permission.READ);
  const rows = await reader().approvalDecision.findMany({
    where: { requestId: { in: [...new Set(opts.ids)] }, request: { organizationId: opts.actor.organizationId } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const byRequest = new Map<string, typeof rows>(opts.ids.map((id) => [id, []]));
  for (const r of rows) byRequest.get(r.requestId)?.push(r);
  return opts.ids.map((id) => byRequest.get(id)!);
}
