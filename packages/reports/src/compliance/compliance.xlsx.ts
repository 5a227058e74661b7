// A framework report as XLSX, written with exceljs's streaming writer so large scopes stay in bounded
// memory: Summary, Inventory, Requirements, Gaps and Evidence sheets, then one sheet per table the
// report's sections send to a sheet. Each sheet: widths decided from the data before the first row is
// committed, a frozen header, an autofilter, a list validation and colours on its status column; a gap
// links to the row of its evidence. Every text cell goes through safeCellValue (no formulas).
import ExcelJS from "exceljs";
import type { ComplianceReport, ReportTable } from "../model/compliance";
import { safeCellValue, type CellInput } from "../xlsx/safe-cell";

interface Column<T> {
  header: string;
  value(row: T): CellInput;
  /** Values allowed in this column: a list validation and conditional colours. */
  statuses?: readonly string[];
  /** Internal hyperlink target for the cell ("#'Evidence'!A5"). */
  link?(row: T): string | null;
}

const STATUS_VALUES = ["NOT_ASSESSED", "NOT_STARTED", "IN_PROGRESS", "IMPLEMENTED", "NOT_APPLICABLE"] as const;
const GAP_STATES = ["MISSING_EVIDENCE", "FAILED", "STALE", "NOT_APPLICABLE", "UNKNOWN"] as const;
const SEVERITIES = ["CRITICAL", "HIGH", "MEDIUM", "LOW"] as const;
const COLOURS: Record<string, string> = {
  IMPLEMENTED: "FFC6EFCE", NOT_APPLICABLE: "FFEDEDED", IN_PROGRESS: "FFFFEB9C", NOT_STARTED: "FFFFC7CE", NOT_ASSESSED: "FFFFC7CE",
  FAILED: "FFFFC7CE", MISSING_EVIDENCE: "FFFFEB9C", STALE: "FFFFEB9C", UNKNOWN: "FFEDEDED",
  CRITICAL: "FFFF9999", HIGH: "FFFFC7CE", MEDIUM: "FFFFEB9C", LOW: "FFEDEDED",
};
const MAX_WIDTH = 60;
const DATE_FORMAT = "yyyy-mm-dd";

const text = (v: CellInput) => (v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? "" : String(v));
const columnLetter = (n: number) => {
  let s = "";
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
};

/** Excel's sheet-name rules: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(wanted: string, used: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, " ").trim().slice(0, 31) || "Sheet";
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  used.add(name.toLowerCase());
  return name;
}

function writeSheet<T>(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: Column<T>[], rows: T[]): void {
  // Widths from the data first: the streaming writer fixes them with the first committed row.
  const widths = columns.map((c) => Math.min(MAX_WIDTH, Math.max(c.header.length + 2, ...rows.slice(0, 5_000).map((r) => text(c.value(r)).length + 2))));
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
  sheet.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: widths[i] }));
  const last = Math.max(2, rows.length + 1);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: last, column: columns.length } };
  columns.forEach((c, i) => {
    if (!c.statuses) return;
    const range = `${columnLetter(i + 1)}2:${columnLetter(i + 1)}${last}`;
    (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(range, { type: "list", allowBlank: true, formulae: [`"${c.statuses.join(",")}"`], showErrorMessage: true, errorTitle: "Status", error: `One of ${c.statuses.join(", ")}` });
    sheet.addConditionalFormatting({
      ref: range,
      rules: c.statuses.map((s, priority) => ({ type: "containsText", operator: "containsText", text: s, priority: priority + 1, style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: COLOURS[s] ?? "FFFFFFFF" } } } })),
    });
  });
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  for (const row of rows) {
    const r = sheet.addRow(columns.map((c) => safeCellValue(c.value(row))));
    columns.forEach((c, i) => {
      const value = c.value(row);
      const cell = r.getCell(i + 1);
      if (value instanceof Date) cell.numFmt = DATE_FORMAT;
      const target = c.link?.(row);
      if (target) cell.value = { text: text(safeCellValue(value)), hyperlink: target };
    });
    r.commit();
  }
  sheet.commit();
}

function tablesBySheet(report: ComplianceReport): Map<string, ReportTable[]> {
  const out = new Map<string, ReportTable[]>();
  for (const s of report.sections) for (const b of s.blocks) if (b.kind === "table" && b.sheet) (out.get(b.sheet) ?? out.set(b.sheet, []).get(b.sheet)!).push(b);
  return out;
}

export async function renderComplianceXlsx(report: ComplianceReport, destination: NodeJS.WritableStream): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: destination as unknown as import("node:stream").Stream, useStyles: true, useSharedStrings: false });
  workbook.creator = "Canon";
  workbook.created = report.generatedAt;
  const used = new Set<string>();
  const evidenceRow = new Map(report.evidence.map((e, i) => [e.key, i + 2]));
  const evidenceSheet = sheetName("Evidence", new Set(["summary", "inventory", "requirements", "gaps"]));

  const summary: [string, CellInput][] = [
    ["Report", report.title],
    ["Organisation", report.organization.name],
    ["Legal name", report.organization.legalName],
    ["Scope", report.scope.label],
    ["As of (UTC)", report.asOf],
    ["Generated at (UTC)", report.generatedAt],
    ["Generated by", report.generatedBy],
    ["Content sha256", report.contentDigest],
    ...report.catalogues.map((c): [string, CellInput] => [`Catalogue: ${c.id}`, `${c.title}, edition ${c.version}`]),
    ...report.summary.figures.map((f): [string, CellInput] => [f.label, f.value]),
    ...report.summary.charts.flatMap((c) => c.series.map((p): [string, CellInput] => [`${c.title}: ${p.label}`, p.value])),
    ...(report.disclaimer ? [["Note", report.disclaimer] as [string, CellInput]] : []),
  ];
  writeSheet(workbook, sheetName("Summary", used), [{ header: "Item", value: (r: [string, CellInput]) => r[0] }, { header: "Value", value: (r) => r[1] }], summary);
  writeSheet(
    workbook,
    sheetName("Inventory", used),
    [
      { header: "Reference", value: (s) => s.reference },
      { header: "Name", value: (s) => s.name },
      { header: "Owner", value: (s) => s.owner },
      { header: "Lifecycle", value: (s) => s.lifecycleStatus },
      { header: "Operator role", value: (s) => s.operatorRole },
      { header: "Risk tier", value: (s) => s.riskTier },
      { header: "High-risk basis", value: (s) => s.highRiskBasis },
      { header: "In production", value: (s) => s.productionVersions },
      { header: "Open gaps", value: (s) => s.openGaps },
    ],
    report.inventory,
  );
  writeSheet(
    workbook,
    sheetName("Requirements", used),
    [
      { header: "Framework", value: (r) => r.framework },
      { header: "Reference", value: (r) => r.reference },
      { header: "Requirement", value: (r) => r.title },
      { header: "Group", value: (r) => r.group },
      { header: "System", value: (r) => (r.system ? `${r.system.reference} ${r.system.name}` : "Organisation-wide") },
      { header: "Applicability", value: (r) => r.applicability, statuses: ["APPLICABLE", "NOT_APPLICABLE", "UNDECIDED"] },
      { header: "Reason", value: (r) => r.applicabilityReason },
      { header: "Status", value: (r) => r.status, statuses: STATUS_VALUES },
      { header: "Via (crosswalk)", value: (r) => r.via },
      { header: "Owner", value: (r) => r.owner },
      { header: "Last reviewed", value: (r) => r.lastReviewedAt },
      { header: "Next review", value: (r) => r.nextReviewAt },
      { header: "Current tier", value: (r) => r.currentTier },
      { header: "Target tier", value: (r) => r.targetTier },
      { header: "Evidence", value: (r) => r.evidence.map((e) => `${e.title}${e.sha256 ? ` sha256:${e.sha256}` : ""}${e.validUntil ? ` until ${e.validUntil.toISOString().slice(0, 10)}` : ""}${e.expired ? " (expired)" : ""}`).join("; ") },
    ],
    report.requirements,
  );
  writeSheet(
    workbook,
    sheetName("Gaps", used),
    [
      { header: "Severity", value: (g) => g.severity, statuses: SEVERITIES },
      { header: "State", value: (g) => g.state, statuses: GAP_STATES },
      { header: "System", value: (g) => (g.system ? g.system.reference : "") },
      { header: "Framework", value: (g) => g.framework },
      { header: "Requirement", value: (g) => g.requirementId },
      { header: "Gap", value: (g) => g.message },
      { header: "Rule", value: (g) => g.rule },
      { header: "To fix", value: (g) => `${g.fix.label} (${g.fix.recordType}${g.fix.recordId ? ` ${g.fix.recordId}` : ""})` },
      {
        header: "Evidence",
        value: (g) => (g.evidenceKey ? report.evidence.find((e) => e.key === g.evidenceKey)?.title ?? g.evidenceKey : null),
        link: (g) => (g.evidenceKey && evidenceRow.has(g.evidenceKey) ? `#'${evidenceSheet}'!A${evidenceRow.get(g.evidenceKey)}` : null),
      },
    ],
    report.gaps,
  );
  used.add(evidenceSheet.toLowerCase());
  writeSheet(
    workbook,
    evidenceSheet,
    [
      { header: "Evidence", value: (e) => e.title },
      { header: "Kind", value: (e) => e.kind },
      { header: "Location", value: (e) => e.location },
      { header: "sha256", value: (e) => e.sha256 },
      { header: "Owner", value: (e) => e.owner },
      { header: "Valid from", value: (e) => e.validFrom },
      { header: "Valid until", value: (e) => e.validUntil },
      { header: "Expired", value: (e) => (e.expired ? "EXPIRED" : "VALID"), statuses: ["VALID", "EXPIRED"] },
      { header: "Backs", value: (e) => e.backs.join("; ") },
    ],
    report.evidence,
  );
  for (const [wanted, tables] of tablesBySheet(report)) {
    const columns = tables[0]!.columns;
    writeSheet(workbook, sheetName(wanted, used), columns.map((c) => ({ header: c.label, value: (row: Record<string, string>) => row[c.key] ?? "" })), tables.flatMap((t) => t.rows));
  }
  await workbook.commit();
}
