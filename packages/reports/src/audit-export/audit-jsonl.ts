// The audit trail as JSON Lines, the verifiable form: a header line (what the export is: organisation,
// scope, range, when and by whom, the chain head at the time, and the anchor the first event links to),
// one line per event in seq order with every field exactly as stored, and an end line (how many events,
// the last one's seq and hash) so a cut-off file is told apart from a short export. Every line is one
// JSON object with a "record" of "header", "event" or "end"; lines end in LF. U+2028 and U+2029 are
// written escaped, so no reader splits a line on them.
import type { Writable } from "node:stream";
import type { AuditChainPoint, AuditExportEvent, AuditExportHeader, AuditExportStream } from "../model/audit-export";
import { AUDIT_HASH_SCHEME } from "./audit-event-hash";
import { writeChunks } from "./write-chunks";

export const AUDIT_EXPORT_FORMAT = "canon-audit-export/1";

const jsonLine = (value: unknown) =>
  `${JSON.stringify(value)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029")}\n`;

export function auditHeaderRecord(header: AuditExportHeader) {
  return {
    record: "header",
    format: AUDIT_EXPORT_FORMAT,
    hashScheme: AUDIT_HASH_SCHEME,
    organization: { id: header.organization.id, name: header.organization.name, legalName: header.organization.legalName },
    scope: header.scope,
    from: header.from?.toISOString() ?? null,
    to: header.to?.toISOString() ?? null,
    generatedAt: header.generatedAt.toISOString(),
    generatedBy: header.generatedBy,
    chainHead: { seq: header.chainHead.seq, hash: header.chainHead.hash },
    anchor: { seq: header.anchor.seq, hash: header.anchor.hash },
  };
}

export function auditEventRecord(event: AuditExportEvent) {
  return {
    record: "event",
    seq: event.seq,
    id: event.id,
    organizationId: event.organizationId,
    actorType: event.actorType,
    actorId: event.actorId,
    actorUserId: event.actorUserId,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    before: event.before,
    after: event.after,
    context: event.context,
    createdAt: event.createdAt.toISOString(),
    prevHash: event.prevHash,
    hash: event.hash,
  };
}

/** The JSON Lines text, line by line. */
export async function* auditJsonlChunks(model: AuditExportStream): AsyncGenerator<string> {
  yield jsonLine(auditHeaderRecord(model));
  let events = 0;
  let last: AuditChainPoint | null = null;
  for await (const event of model.events) {
    yield jsonLine(auditEventRecord(event));
    events += 1;
    last = { seq: event.seq, hash: event.hash };
  }
  yield jsonLine({ record: "end", events, last });
}

export function writeAuditJsonl(model: AuditExportStream, destination: Writable | NodeJS.WritableStream): Promise<void> {
  return writeChunks(auditJsonlChunks(model), destination);
}
