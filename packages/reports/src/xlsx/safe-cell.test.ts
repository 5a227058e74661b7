import assert from "node:assert/strict";
import { test } from "node:test";
import { looksLikeFormula, MAX_CELL_TEXT, safeCellValue } from "./safe-cell";

test("text that looks like a formula stays exactly that text", () => {
  for (const text of ["=1+1", "+1", "-2", "@SUM(A1)", '=HYPERLINK("http://x","y")', "\t=1"]) {
    assert.equal(looksLikeFormula(text), true, text);
    assert.equal(safeCellValue(text), text);
  }
  assert.equal(looksLikeFormula("a=1"), false);
  assert.equal(looksLikeFormula(""), false);
});

test("text loses the control characters XML cannot carry and is cut at Excel's limit", () => {
  assert.equal(safeCellValue("a\u0000b\u0007c\u001Fd\tline\nnext"), "abcd\tline\nnext");
  assert.equal(safeCellValue("x\uD800y"), "xy", "a lone surrogate is dropped");
  assert.equal(safeCellValue("😀"), "😀", "a surrogate pair is kept");
  const long = safeCellValue("a".repeat(MAX_CELL_TEXT + 10)) as string;
  assert.equal(long.length, MAX_CELL_TEXT);
  assert.ok(long.endsWith("…"));
});

test("numbers, booleans and dates keep their type; what cannot be written is left empty", () => {
  assert.equal(safeCellValue(0.5), 0.5);
  assert.equal(safeCellValue(Number.NaN), null);
  assert.equal(safeCellValue(Number.POSITIVE_INFINITY), null);
  assert.equal(safeCellValue(false), false);
  const d = new Date("2026-01-01T00:00:00Z");
  assert.equal(safeCellValue(d), d);
  assert.equal(safeCellValue(new Date("nope")), null);
  assert.equal(safeCellValue(undefined), null);
  assert.equal(safeCellValue(null), null);
});
