// One table as a worksheet of exceljs's streaming workbook writer: column widths measured from the data
// before the first row is committed, a bold header row frozen at the top, an autofilter over the table,
// and for columns that hold a state (status, severity…) a drop-down list validation and a colour per
// value (conditional formatting). Cells are typed (dates as dates), text goes through safeCellValue (never
// a formula), and a cell may link to a cell of another sheet. Rows are committed as they are written.
import type ExcelJS from "exceljs";
import { columnWidths } from "./column-widths";
import { internalLinks } from "./internal-links";
import type { Pacer } from "./pacer";
import { safeCellValue, type CellInput } from "./safe-cell";

export interface Tone {
  /** RGB hex, e.g. "E3F4E8". */
  fill: string;
  text: string;
}

export interface StreamColumn<T> {
  header: string;
  value(row: T): CellInput;
  /** Excel number format, e.g. "yyyy-mm-dd" for dates. */
  numFmt?: string;
  /** Long text: wrap inside the cell. */
  wrap?: boolean;
  /** The values the column holds: offered as a drop-down (list validation). */
  allowed?: readonly string[];
  /** A fill and text colour per value (conditional formatting). */
  tones?: Readonly<Record<string, Tone>>;
  /** The cell links to `cell` of sheet `sheet` (its text stays the value). */
  link?(row: T): { sheet: string; cell: string } | null;
}

export interface StreamTable<T> {
  name: string;
  columns: StreamColumn<T>[];
  rows: readonly T[];
}

export const DATE_FORMAT = "yyyy-mm-dd";
export const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";
const HEADER_FILL = "FFE6ECF2";
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF0563C1" }, underline: true };

/** "A", "Z", "AA"… for a 1-based column number. */
export function columnLetter(n: number): string {
  let letters = "";
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) letters = String.fromCharCode(65 + ((i - 1) % 26)) + letters;
  return letters;
}

/** A list validation's formula: the values quoted and comma-separated (Excel allows 255 characters). */
function listFormula(values: readonly string[]): string {
  const list = values.map((v) => v.replace(/[",]/g, " ")).join(",");
  if (list.length > 255) throw new Error(`a drop-down list longer than Excel allows: ${list.slice(0, 40)}…`);
  return `"${list}"`;
}

/** exceljs's sheets have data validations, which its typings leave out. */
type WithValidations = ExcelJS.Worksheet & { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } };

function addStateRules(sheet: ExcelJS.Worksheet, range: string, column: StreamColumn<unknown>): void {
  if (column.allowed) {
    (sheet as WithValidations).dataValidations.add(range, {
      type: "list",
      allowBlank: true,
      formulae: [listFormula(column.allowed)],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: column.header,
      error: `Expected one of: ${column.allowed.join(", ")}`,
    });
  }
  if (column.tones) {
    sheet.addConditionalFormatting({
      ref: range,
      rules: Object.entries(column.tones).map(([value, tone], i) => ({
        type: "cellIs",
        operator: "equal",
        formulae: [`"${value.replace(/"/g, '""')}"`],
        priority: i + 1,
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${tone.fill}` } }, font: { color: { argb: `FF${tone.text}` } } },
      })),
    });
  }
}

export async function writeStreamingTable<T>(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: StreamTable<T>, pace: Pacer): Promise<ExcelJS.Worksheet> {
  const { columns, rows } = table;
  const widths = columnWidths(
    columns.map((c) => c.header),
    rows,
    (row) => columns.map((c) => c.value(row)),
  );
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1, activeCell: "A2" }] });
  const links = columns.some((c) => c.link) ? internalLinks(sheet) : null;
  sheet.columns = columns.map((c, i) => ({
    header: c.header,
    width: widths[i],
    style: { ...(c.numFmt ? { numFmt: c.numFmt } : {}), alignment: { vertical: "top", wrapText: c.wrap ?? false } },
  }));
  const lastRow = Math.max(2, rows.length + 1);
  sheet.autoFilter = `A1:${columnLetter(columns.length)}${Math.max(1, rows.length + 1)}`;
  columns.forEach((c, i) => {
    if (c.allowed || c.tones) addStateRules(sheet, `${columnLetter(i + 1)}2:${columnLetter(i + 1)}${lastRow}`, c as StreamColumn<unknown>);
  });

  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "top", wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
  });
  header.commit();

  let rowNumber = 1;
  for (const row of rows) {
    rowNumber += 1;
    const written = sheet.addRow(columns.map((c) => safeCellValue(c.value(row))));
    if (links) {
      columns.forEach((c, i) => {
        const target = c.link?.(row);
        if (!target) return;
        const address = `${columnLetter(i + 1)}${rowNumber}`;
        links.add(address, target.sheet, target.cell, `Go to ${target.sheet} ${target.cell}`);
        written.getCell(i + 1).font = LINK_FONT;
      });
    }
    written.commit();
    await pace();
  }
  sheet.commit();
  return sheet;
}
