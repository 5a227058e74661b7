// The gather step of an audit trail export, for the job that writes it: opens one read snapshot of the
// organisation's chain, works out the range (audit-export-range.ts), and hands `work` the export model
// @canon/reports renders, its events read page by page while the renderer writes them. The snapshot is
// closed when `work` ends. Explicit inputs, no actor: the job was authorised (AUDIT_READ) when requested.
import type { AuditExportStream } from "@canon/reports";
import { openAuditChainSnapshot } from "../../audit/read-audit-page";
import { notFound } from "../../shared/errors";
import { withinOrganization } from "../../shared/tenancy";
import { reader } from "../../shared/transaction";
import { auditEventPages } from "./audit-event-pages";
import { auditExportRange, type AuditExportRange } from "./audit-export-range";

export interface OpenAuditExportInput {
  organizationId: string;
  from: Date;
  to: Date;
  /** Only this subject type's events (the CSV's filter); the range is still read whole. */
  subjectType?: string | null;
  generatedAt: Date;
  generatedBy: string;
}

export function withAuditExport<T>(input: OpenAuditExportInput, work: (model: AuditExportStream, range: AuditExportRange) => Promise<T>): Promise<T> {
  return withinOrganization(input.organizationId, async () => {
    const organization = await reader().organization.findUnique({ where: { id: input.organizationId }, select: { id: true, name: true, legalName: true } });
    if (!organization) throw notFound("Organisation", input.organizationId);
    const snapshot = await openAuditChainSnapshot(input.organizationId);
    try {
      const range = await auditExportRange(snapshot, input.from, input.to);
      const model: AuditExportStream = {
        kind: "audit-export",
        organization,
        scope: input.subjectType ? `Events about ${input.subjectType} subjects (seq ${range.first} to ${range.last}, filtered)` : "All events",
        from: input.from,
        to: input.to,
        generatedAt: input.generatedAt,
        generatedBy: input.generatedBy,
        chainHead: range.chainHead,
        anchor: range.anchor,
        events: auditEventPages(snapshot, range.first, range.last, { subjectType: input.subjectType ?? null }),
      };
      return await work(model, range);
    } finally {
      await snapshot.close();
    }
  });
}
