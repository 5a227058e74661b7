import assert from "node:assert/strict";
import { test } from "node:test";
import { csvCell, csvRow, restoreCsvCell } from "./csv-cell";

test("cells are quoted per RFC 4180 only when they need it", () => {
  assert.equal(csvCell("plain"), "plain");
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell("a,b"), '"a,b"');
  assert.equal(csvCell("a\nb"), '"a\nb"');
  assert.equal(csvCell("a\rb"), '"a\rb"');
  assert.equal(csvCell(42), "42");
  assert.equal(csvCell(null), "");
  assert.equal(csvCell(""), '""');
  assert.equal(csvRow(["a", null, "b,c"]), 'a,,"b,c"\r\n');
});

/** What a CSV reader returns for one cell. */
const unquote = (cell: string) => (cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell);

test("formula-looking cells get an apostrophe that restores to the exact text", () => {
  for (const text of ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "'quoted", "''twice"]) {
    const read = unquote(csvCell(text));
    assert.ok(read.startsWith("'"), text);
    assert.equal(restoreCsvCell(read), text);
  }
  for (const text of ["a=1", '{"a":1}', "null", "1-2", " =spaced"]) {
    assert.ok(!unquote(csvCell(text)).startsWith("'"), text);
    assert.equal(restoreCsvCell(unquote(csvCell(text))), text);
  }
});
