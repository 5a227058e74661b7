import assert from "node:assert/strict";
import { test } from "node:test";
import { cleanSheetName, quotedSheetName, SheetNames } from "./sheet-names";

test("names lose the characters Excel forbids, edge apostrophes and length past 31", () => {
  assert.equal(cleanSheetName("Annex VIII: Section A/B [draft]*?"), "Annex VIII Section A B draft");
  assert.equal(cleanSheetName("'quoted'"), "quoted");
  assert.equal(cleanSheetName("x".repeat(40)), "x".repeat(31));
  assert.equal(cleanSheetName("東京".repeat(20)).length, 31, "cut by characters");
  assert.equal(cleanSheetName(" :/ "), "Sheet");
});

test("names are unique without regard to case, and never Excel's own History", () => {
  const names = new SheetNames();
  assert.equal(names.take("Evidence"), "Evidence");
  assert.equal(names.take("evidence"), "evidence (2)");
  assert.equal(names.take("EVIDENCE"), "EVIDENCE (3)");
  assert.equal(names.take("History"), "History (2)");
  const long = "y".repeat(31);
  assert.equal(names.take(long), long);
  assert.equal(names.take(long), `${"y".repeat(27)} (2)`);
});

test("a sheet name in a reference is quoted, apostrophes doubled", () => {
  assert.equal(quotedSheetName("O'Brien"), "'O''Brien'");
});
