// Every value a report writes into a spreadsheet cell goes through here. Text is always a text cell:
// nothing from the registry becomes a formula, however it starts ("=HYPERLINK(…)", "+1", "-x", "@user"),
// because a cell is a formula only when given as { formula } and this never builds one. Text also loses
// the control characters XML cannot carry and is cut at Excel's cell limit; numbers must be finite and
// dates valid, or the cell is left empty.

export type CellInput = string | number | boolean | Date | null | undefined;
export type SafeCellValue = string | number | boolean | Date | null;

/** Excel's limit on the characters in one cell. */
export const MAX_CELL_TEXT = 32_767;

/** Characters a spreadsheet would read as the start of a formula if the text were typed in. */
export const FORMULA_TRIGGERS = ["=", "+", "-", "@", "\t", "\r"] as const;

/** Text that would start a formula if typed into a spreadsheet (it is still written as text). */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_TRIGGERS.some((t) => text.startsWith(t));
}

// XML 1.0 forbids C0 controls other than tab, newline and carriage return (and lone surrogates).
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function safeCellValue(value: CellInput): SafeCellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") {
    const clean = value.replace(XML_ILLEGAL, "");
    return clean.length > MAX_CELL_TEXT ? `${clean.slice(0, MAX_CELL_TEXT - 1)}…` : clean;
  }
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  return null;
}
