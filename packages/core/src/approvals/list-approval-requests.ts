import { ApprovalStatus, ApprovalSubjectType } from "@canon/db";
import { z } from "zod";
import { notFound } from "../shared/errors";
import { id, optionalEnum, optionalId } from "../shared/input";
import { pageArgs, paginate } from "../shared/pagination";
import { Permission } from "../shared/permissions";
import { reader } from "../shared/transaction";
import { useCase } from "../shared/use-case";

export const approvalRequestFilter = z.object({
  status: optionalEnum(ApprovalStatus),
  subjectType: optionalEnum(ApprovalSubjectType),
  modelVersionId: optionalId,
  releaseId: optionalId,
  /** The person (user id) who asked. */
  requestedById: optionalId,
});
export type ApprovalRequestFilter = z.input<typeof approvalRequestFilter>;

export const getApprovalRequest = useCase({
  permission: Permission.READ,
  input: z.object({ id }),
  async run({ id }) {
    const request = await reader().approvalRequest.findUnique({ where: { id } });
    if (!request) throw notFound("Approval request", id);
    return request;
  },
});

/** Approval requests of the caller's organisation, newest first. */
export const listApprovalRequests = useCase({
  permission: Permission.READ,
  input: z.object({ filter: approvalRequestFilter.nullish(), page: pageArgs }),
  async run({ filter, page }) {
    const f: Partial<NonNullable<typeof filter>> = filter ?? {};
    const where = {
      ...(f.status ? { status: f.status } : {}),
      ...(f.subjectType ? { subjectType: f.subjectType } : {}),
      ...(f.modelVersionId ? { modelVersionId: f.modelVersionId } : {}),
      ...(f.releaseId ? { releaseId: f.releaseId } : {}),
      ...(f.requestedById ? { requestedById: f.requestedById } : {}),
    };
    const db = reader();
    return paginate(
      page,
      (q) => db.approvalRequest.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...q }),
      () => db.approvalRequest.count({ where }),
    );
  },
});

/** Batch load for DataLoaders: the decisions of each request, oldest first (empty for another organisation's ids). */
export const loadApprovalDecisions = useCase({
  permission: Permission.READ,
  input: z.object({ ids: z.array(z.string()).max(1_000) }),
  async run({ ids }) {
    const rows = await reader().approvalDecision.findMany({
      where: { requestId: { in: [...new Set(ids)] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    const byRequest = new Map<string, typeof rows>(ids.map((id) => [id, []]));
    for (const r of rows) byRequest.get(r.requestId)?.push(r);
    return ids.map((id) => byRequest.get(id)!);
  },
});
