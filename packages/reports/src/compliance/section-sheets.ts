// The sheets a report's sections ask for: every table block with a `sheet` name goes to that sheet, in
// the order the sheets are first named; tables sharing a sheet have their rows appended, under the
// union of their columns (first label wins). Names are the model's; the workbook makes them valid.
import type { ComplianceReport, ReportTable } from "../model/compliance";

export interface SectionSheet {
  /** The sheet name the model asked for (before Excel's rules are applied). */
  wanted: string;
  columns: ReportTable["columns"];
  rows: Record<string, string>[];
}

export function sectionSheets(report: ComplianceReport): SectionSheet[] {
  const sheets = new Map<string, SectionSheet>();
  for (const section of report.sections) {
    for (const block of section.blocks) {
      if (block.kind !== "table" || block.sheet === null) continue;
      let sheet = sheets.get(block.sheet);
      if (!sheet) sheets.set(block.sheet, (sheet = { wanted: block.sheet, columns: [], rows: [] }));
      for (const column of block.columns) if (!sheet.columns.some((c) => c.key === column.key)) sheet.columns.push(column);
      for (const row of block.rows) sheet.rows.push(row);
    }
  }
  return [...sheets.values()];
}
