import assert from "node:assert/strict";
import { test } from "node:test";
import { columnWidths, displayLength, MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH } from "./column-widths";

test("wide East Asian characters count two; combining text counts by character", () => {
  assert.equal(displayLength("東京 office"), 11);
  assert.equal(displayLength("Łódź"), 4);
});

test("a column is as wide as its longest line (or header), within bounds; dates have a set width", () => {
  const rows = [
    ["a", "line one\nthe longest line here", new Date(0), "x".repeat(500)],
    ["bb", "short", null, 42],
  ] as const;
  const widths = columnWidths(["Id", "Text", "Date", "Long"], rows, (r) => [...r]);
  assert.deepEqual(widths, [MIN_COLUMN_WIDTH, "the longest line here".length + 2, 12 + 2, MAX_COLUMN_WIDTH]);
});
