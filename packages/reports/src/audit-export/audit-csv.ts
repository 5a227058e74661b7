// The audit trail as CSV for spreadsheets: a header row, then one row per event in seq order, every
// field the chain hash covers plus the event's id, prevHash and hash. Cells follow csv-cell.ts (RFC 4180
// quoting, formula-looking text behind an apostrophe that `restoreCsvCell` strips). Rows end in CRLF.
// The export's own facts (organisation, scope, range, chain head) are in the JSON Lines header, which
// is the verifiable form; the CSV is the same events for reading.
import type { AuditExportEvent, AuditExportStream } from "../model/audit-export";
import type { Writable } from "node:stream";
import { csvRow } from "./csv-cell";
import { writeChunks } from "./write-chunks";

export const AUDIT_CSV_COLUMNS = [
  "seq",
  "createdAt",
  "organizationId",
  "actorType",
  "actorId",
  "actorUserId",
  "action",
  "subjectType",
  "subjectId",
  "before",
  "after",
  "context",
  "prevHash",
  "hash",
  "id",
] as const satisfies readonly (keyof AuditExportEvent)[];

function cellValue(event: AuditExportEvent, column: (typeof AUDIT_CSV_COLUMNS)[number]): string | number | null {
  const value = event[column];
  return value instanceof Date ? value.toISOString() : value;
}

/** The CSV text, chunk by chunk (the header row, then one chunk per event). */
export async function* auditCsvChunks(model: AuditExportStream): AsyncGenerator<string> {
  yield csvRow([...AUDIT_CSV_COLUMNS]);
  for await (const event of model.events) yield csvRow(AUDIT_CSV_COLUMNS.map((column) => cellValue(event, column)));
}

export function writeAuditCsv(model: AuditExportStream, destination: Writable | NodeJS.WritableStream): Promise<void> {
  return writeChunks(auditCsvChunks(model), destination);
}
