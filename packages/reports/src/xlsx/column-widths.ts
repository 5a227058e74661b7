// Column widths from the data, decided before the first row is written (a streaming sheet fixes its
// columns with its first committed row). A width is the longest line of any cell, in Excel's character
// units (East Asian wide characters count two), between a floor and a cap; long text wraps instead.
import type { CellInput } from "./safe-cell";

export const MIN_COLUMN_WIDTH = 6;
export const MAX_COLUMN_WIDTH = 60;
/** Padding Excel needs around the text (and the autofilter button in the header). */
const PADDING = 2;
const DATE_WIDTH = 12;

// Hangul, CJK (radicals to Yi), compatibility ideographs, fullwidth forms, the supplementary ideographs.
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\uD840-\uD87F][\uDC00-\uDFFF]/g;

/** The width of one line of text in character units. */
export function displayLength(line: string): number {
  const wide = line.match(WIDE)?.length ?? 0;
  return [...line].length + wide;
}

function cellLength(value: CellInput): number {
  if (value === null || value === undefined) return 0;
  if (value instanceof Date) return DATE_WIDTH;
  if (typeof value === "string") return Math.max(0, ...value.split("\n").map(displayLength));
  return String(value).length;
}

/** Widths for `headers`, measured over every row's values (`cells(row)` in column order). */
export function columnWidths<T>(headers: string[], rows: Iterable<T>, cells: (row: T) => CellInput[]): number[] {
  const widths = headers.map((h) => displayLength(h) + PADDING);
  for (const row of rows) {
    cells(row).forEach((value, i) => {
      const needed = cellLength(value) + PADDING;
      if (needed > widths[i]!) widths[i] = needed;
    });
  }
  return widths.map((w) => Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, w)));
}
