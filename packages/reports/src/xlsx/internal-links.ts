// Links from a cell to a place in the same workbook ("#'Evidence'!A7"), for exceljs's streaming
// worksheet writer. Given { text, hyperlink } that writer files every link as an external relationship,
// and writes the <hyperlinks> element before <conditionalFormatting> and <dataValidations>, against the
// schema's order: Excel then "repairs" the file. So links are collected here and written as Excel writes
// an internal link (a `location`, no relationship), right after the data validations. This replaces two
// of the writer's internal steps on one sheet object (`_writeHyperlinks`, `_writeDataValidations`); if a
// newer exceljs renames them, this fails loudly instead of writing a broken file.
import type ExcelJS from "exceljs";
import { quotedSheetName } from "./sheet-names";

interface SheetWriterInternals {
  _writeHyperlinks(): void;
  _writeDataValidations(): void;
  stream: { write(text: string): void };
}

export interface InternalLinks {
  /** Links cell `address` ("I2") to `cell` ("A7") of sheet `sheet`. */
  add(address: string, sheet: string, cell: string, tooltip?: string): void;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const attribute = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The location an internal link to `cell` of `sheet` points at, as written ("'Evidence'!A7"). */
export const linkLocation = (sheet: string, cell: string) => `${quotedSheetName(sheet)}!${cell}`;

export function internalLinks(sheet: ExcelJS.Worksheet): InternalLinks {
  const writer = sheet as unknown as SheetWriterInternals;
  if (typeof writer._writeHyperlinks !== "function" || typeof writer._writeDataValidations !== "function") {
    throw new Error("exceljs's streaming worksheet writer has changed: internal links cannot be placed");
  }
  const links: string[] = [];
  const writeValidations = writer._writeDataValidations.bind(writer);
  writer._writeHyperlinks = () => {};
  writer._writeDataValidations = () => {
    writeValidations();
    if (links.length) writer.stream.write(`<hyperlinks>${links.join("")}</hyperlinks>`);
  };
  return {
    add(address, target, cell, tooltip) {
      const tip = tooltip ? ` tooltip="${attribute(tooltip)}"` : "";
      links.push(`<hyperlink ref="${attribute(address)}" location="${attribute(linkLocation(target, cell))}"${tip}/>`);
    },
  };
}
