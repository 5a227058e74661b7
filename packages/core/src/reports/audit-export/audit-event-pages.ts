// The events of an audit export, read page by page from one read snapshot of the chain (so memory holds
// one page, never the range): every seq from `first` to `last`, in order. The chain must be whole there:
// a missing seq or a row that cannot be what the writer wrote stops the export with the seq, since an
// export with a hole could never verify (`npm run audit:verify` says what happened). With `subjectType`,
// only that type's events are yielded (the CSV's filter); the run is still read, and checked, whole.
import type { AuditExportEvent } from "@canon/reports";
import { CanonError, ErrorCode } from "../../shared/errors";
import type { AuditChainSnapshot, ReadAuditEvent } from "../../audit/read-audit-page";

export const EXPORT_PAGE_SIZE = 500;

export interface AuditEventPagesOptions {
  pageSize?: number;
  subjectType?: string | null;
}

const broken = (message: string) =>
  new CanonError(ErrorCode.PRECONDITION_FAILED, `${message}; the export stops here (npm run audit:verify reports the chain's state)`);

export async function* auditEventPages(
  snapshot: Pick<AuditChainSnapshot, "scan">,
  first: number,
  last: number,
  options: AuditEventPagesOptions = {},
): AsyncGenerator<AuditExportEvent> {
  const size = options.pageSize ?? EXPORT_PAGE_SIZE;
  for (let start = first; start <= last; start += size) {
    const end = Math.min(start + size - 1, last);
    const page: ReadAuditEvent[] = [];
    await snapshot.scan(start, end, (event) => {
      page.push(event);
      return true;
    });
    let expected = start;
    for (const event of page) {
      if ("malformed" in event)
        throw broken(`audit event ${Number.isNaN(event.seq) ? `after seq ${expected - 1}` : `seq ${event.seq}`} is malformed (${event.malformed})`);
      if (event.seq !== expected) throw broken(`the audit trail has no event at seq ${expected}`);
      expected += 1;
      if (options.subjectType && event.subjectType !== options.subjectType) continue;
      const { id, organizationId, seq, actorType, actorId, actorUserId, action, subjectType, subjectId, before, after, context, createdAt, prevHash, hash } =
        event;
      yield { id, organizationId, seq, actorType, actorId, actorUserId, action, subjectType, subjectId, before, after, context, createdAt, prevHash, hash };
    }
    if (expected <= end) throw broken(`the audit trail has no event at seq ${expected}`);
  }
}
