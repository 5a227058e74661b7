// The CSV is read back with an RFC 4180 parser and each cell restored (one leading apostrophe
// stripped): every event's fields come back exactly as stored. Written from a slow async source into a
// slow destination, the writer never runs far ahead of what the destination has taken.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { AuditExportEvent } from "../model/audit-export";
import { AUDIT_CSV_COLUMNS, writeAuditCsv } from "./audit-csv";
import { collectText } from "./collect-text";
import { restoreCsvCell } from "./csv-cell";
import { sampleAuditChain, sampleAuditExport } from "./sample-audit-chain";

/** RFC 4180: records end in CRLF; a quoted field may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = "";
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        const quote = text.indexOf('"', i);
        assert.ok(quote >= 0, "unterminated quoted field");
        field += text.slice(i, quote);
        i = quote + 1;
        if (text[i] === '"') {
          field += '"';
          i += 1;
        } else break;
      }
    } else {
      const end = text.slice(i).search(/,|\r\n/);
      field = end < 0 ? text.slice(i) : text.slice(i, i + end);
      assert.ok(!/["\r\n]/.test(field), `bare field with a quote or line break: ${JSON.stringify(field)}`);
      i += field.length;
    }
    row.push(field);
    if (text[i] === ",") i += 1;
    else {
      assert.equal(text.slice(i, i + 2), "\r\n", `row end at ${i}`);
      i += 2;
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

const stored = (event: AuditExportEvent, column: (typeof AUDIT_CSV_COLUMNS)[number]) => {
  const value = event[column];
  return value instanceof Date ? value.toISOString() : value === null ? "" : String(value);
};

test("every cell reads back as the stored text once its apostrophe is stripped", async () => {
  const model = sampleAuditExport(44);
  const sink = collectText();
  await writeAuditCsv(model, sink.stream);
  const rows = parseCsv(sink.text());
  assert.deepEqual(rows[0], [...AUDIT_CSV_COLUMNS]);
  assert.equal(rows.length, 45);
  let neutralised = 0;
  for (const [i, event] of model.events.entries()) {
    const row = rows[i + 1]!;
    assert.equal(row.length, AUDIT_CSV_COLUMNS.length);
    AUDIT_CSV_COLUMNS.forEach((column, c) => {
      if (row[c]!.startsWith("'")) neutralised += 1;
      assert.ok(!/^[=+\-@\t\r]/.test(row[c]!), `${column} of seq ${event.seq} could run as a formula: ${row[c]}`);
      assert.equal(restoreCsvCell(row[c]!), stored(event, column), `${column} of seq ${event.seq}`);
    });
  }
  assert.ok(neutralised > 0, "the sample has formula-looking subject ids");
});

test("a long trail streams through with bounded lag behind a slow destination", async () => {
  const count = 3000;
  const chain = sampleAuditChain(count);
  let produced = 0;
  let written = 0;
  let maxLag = 0;
  async function* source() {
    for (const event of chain) {
      produced += 1;
      maxLag = Math.max(maxLag, produced - written);
      yield event;
    }
  }
  const sink = collectText({ slow: true, onWrite: () => (written += 1) });
  await writeAuditCsv({ ...sampleAuditExport(1), events: source() }, sink.stream);
  assert.equal(written, count + 1);
  assert.ok(maxLag < 100, `the writer ran ${maxLag} events ahead of the destination`);
});
