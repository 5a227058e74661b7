// A worksheet holding one table: a bold header row frozen at the top, an autofilter over the whole
// table, set column widths, and typed cells (text, numbers, booleans, dates with a date format).
import type ExcelJS from "exceljs";
import { safeCellValue, type CellInput } from "./safe-cell";

export interface SheetColumn<T> {
  header: string;
  /** Width in characters. */
  width: number;
  value(row: T): CellInput;
  /** Excel number format, e.g. "yyyy-mm-dd hh:mm" for dates, "0%" for shares. */
  numFmt?: string;
  /** Long text: wrap inside the cell. */
  wrap?: boolean;
}

export const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

export function addTableSheet<T>(workbook: ExcelJS.Workbook, name: string, columns: SheetColumn<T>[], rows: T[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1, xSplit: 0, activeCell: "A2" }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: { ...(c.numFmt ? { numFmt: c.numFmt } : {}), alignment: { vertical: "top", wrapText: c.wrap ?? false } },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "top", wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE6ECF2" } };
  });
  for (const row of rows) sheet.addRow(columns.map((c) => safeCellValue(c.value(row))));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
  return sheet;
}
