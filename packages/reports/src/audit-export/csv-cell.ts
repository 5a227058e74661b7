// One CSV cell, RFC 4180: a cell holding a comma, a double quote, CR or LF is quoted, its quotes
// doubled. Spreadsheet safety: a cell starting with = + - @ tab or CR would be read as a formula by a
// spreadsheet, so it gets a leading apostrophe (which spreadsheets show as "text"). A cell that already
// starts with an apostrophe gets one too, so the rule reverses without guessing: to recover the exact
// stored text, strip ONE leading apostrophe from any cell that starts with one (`restoreCsvCell`).
// null is an empty cell; empty text is an empty quoted cell ("").

/** What makes a spreadsheet read a cell as a formula, plus the apostrophe the escape itself uses. */
const NEEDS_APOSTROPHE = /^[=+\-@\t\r']/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  const text = neutraliseFormula(String(value));
  return text === "" || NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function neutraliseFormula(text: string): string {
  return NEEDS_APOSTROPHE.test(text) ? `'${text}` : text;
}

/** The exact stored text of a cell as a CSV reader returns it (after unquoting). */
export function restoreCsvCell(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

export function csvRow(values: (string | number | null)[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
