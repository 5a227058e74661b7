// A framework report (EU AI Act, ISO/IEC 42001, NIST AI RMF) as a workbook, written with exceljs's
// streaming writer straight to the destination so a large scope never sits in memory: Summary,
// Inventory, Requirements (the matrix), Gaps and Evidence, then one sheet per sheet name the report's
// section tables ask for. Every table sheet has widths measured before its first row, a frozen header,
// an autofilter, drop-downs and colours on its state columns (xlsx/streaming-table.ts); each gap links
// to its evidence's row. Text never becomes a formula (xlsx/safe-cell.ts). Pure: the model in, bytes out.
import ExcelJS from "exceljs";
import type { ComplianceReport } from "../model/compliance";
import { pacer } from "../xlsx/pacer";
import { SheetNames } from "../xlsx/sheet-names";
import { writeStreamingTable, type StreamColumn } from "../xlsx/streaming-table";
import { frameworkLabel } from "./compliance-labels";
import { EVIDENCE_COLUMNS, gapColumns, INVENTORY_COLUMNS, REQUIREMENT_COLUMNS, SHEETS } from "./compliance-sheets";
import { writeSummarySheet } from "./compliance-summary-sheet";
import { sectionSheets } from "./section-sheets";

export async function renderComplianceXlsx(report: ComplianceReport, destination: NodeJS.WritableStream): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: destination as unknown as ExcelJS.stream.xlsx.WorkbookStreamWriterOptions["stream"],
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = "Canon";
  workbook.lastModifiedBy = "Canon";
  workbook.created = report.generatedAt;
  workbook.modified = report.generatedAt;
  workbook.title = `${report.title} — ${report.organization.name}`;
  workbook.subject = `${frameworkLabel(report.framework)}: ${report.scope.label}, as of ${report.asOf.toISOString()}`;
  workbook.keywords = [report.kind, ...report.catalogues.map((c) => `${c.id} ${c.version}`), `sha256:${report.contentDigest}`].join(", ");

  const pace = pacer(destination);
  const names = new SheetNames();
  Object.values(SHEETS).forEach((name) => names.take(name));
  const evidenceRows = new Map(report.evidence.map((e, i) => [e.key, `A${i + 2}`]));

  writeSummarySheet(workbook, report);
  await writeStreamingTable(workbook, { name: SHEETS.inventory, columns: INVENTORY_COLUMNS, rows: report.inventory }, pace);
  await writeStreamingTable(workbook, { name: SHEETS.requirements, columns: REQUIREMENT_COLUMNS, rows: report.requirements }, pace);
  const gaps = gapColumns(report.evidence, (key) => evidenceRows.get(key) ?? null);
  await writeStreamingTable(workbook, { name: SHEETS.gaps, columns: gaps, rows: report.gaps }, pace);
  await writeStreamingTable(workbook, { name: SHEETS.evidence, columns: EVIDENCE_COLUMNS, rows: report.evidence }, pace);
  for (const sheet of sectionSheets(report)) {
    const columns = sheet.columns.map((c): StreamColumn<Record<string, string>> => ({ header: c.label, value: (row) => row[c.key] ?? null, wrap: true }));
    await writeStreamingTable(workbook, { name: names.take(sheet.wanted), columns, rows: sheet.rows }, pace);
  }
  await workbook.commit();
}
